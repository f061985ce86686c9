/**
 * What the offline model says, per language. Slots: {t} topic, {a} an aspect (domain vocabulary, a key term
 * of the pasted text, or jargon), {A} the same capitalized, {f} a formula, {k} a list of key terms, {j} jargon.
 * Every tone marker features.ts counts lives in `open`/`close`/`prefix` only, so the body templates are
 * tone-neutral and a neutral reply measures neutral. Body templates never start with {t} (it may be lower case)
 * and German ones start with a word that stays lower case after a joiner. Slots are singular ("{A} is …").
 */
import type { Domain } from "../personality/atoms";
import { PHRASES_DE } from "./offline-phrases-de";
import { PHRASES_FR } from "./offline-phrases-fr";
import { PHRASES_ES } from "./offline-phrases-es";

type ByTone = readonly [formal: string[], neutral: string[], warm: string[], playful: string[]];

export type Phrases = {
  fallbackTopic: string;
  quotes: readonly [string, string];
  and: string;
  /** Per tone; the first two of each are short enough for plain prose. */
  open: ByTone;
  close: ByTone;
  /** Sentence prefixes that carry the tone markers; formal's first three are short, for plain prose. */
  prefix: ByTone;
  lead: { explain: string[]; summarize: string[]; keys: string[] };
  /** Chat and explain bodies in three reading levels: ~7, ~13 and ~20 words per sentence. */
  plain: string[];
  mid: string[];
  rich: string[];
  summary: { plain: string[]; mid: string[]; rich: string[] };
  /** Joins two sentences into one (the second is lower-cased): how dense prose gets its long sentences. */
  joins: string[];
  /** Math: `lead` frames a formula {f}; `one` holds one math token, `small` three; `none` says the reply avoids math. */
  math: { lead: string[]; one: string[]; small: string[]; none: string[] };
  jargonFrames: string[];
  aspects: Record<Domain, string[]>;
  jargon: Record<Domain, string[]>;
  /** Opens an exclamation ("¡" in Spanish). */
  exclaimOpen?: string;
  /** Contractions applied to warm and playful replies (English only). */
  contractions?: ReadonlyArray<readonly [RegExp, string]>;
};

export const EMOJI = ["🎉", "🚀", "✨", "😄", "🤓", "💡"];

/** Formulas are the same in every language; per domain so a physics reader gets physics. */
export const FORMULAS: Record<Domain, string[]> = {
  general: ["y = a · x + b", "T = n × c", "Δy / Δx ≈ 2", "x̄ = (x₁ + … + xₙ) / n", "p = k / n", "g = (x₁ − x₀) / x₀"],
  computing: ["T(n) = 2 · T(n/2) + n", "T(n) ∈ O(n · log n)", "h(k) = k mod m", "p = 1 − (1 − q)ⁿ", "S = 1 / ((1 − p) + p / s)", "2¹⁰ = 1024"],
  mathematics: ["f′(x) = lim(h→0) (f(x + h) − f(x)) / h", "∫₀¹ x² dx = 1/3", "a² + b² = c²", "∑ k = n · (n + 1) / 2", "e^(iπ) + 1 = 0", "(a + b)² = a² + 2ab + b²"],
  physics: ["E = m · c²", "F = m · a", "v = Δx / Δt", "E = h · f", "p = m · v", "F = G · m₁ · m₂ / r²"],
  "life-sciences": ["dN/dt = r · N · (1 − N/K)", "p² + 2pq + q² = 1", "N(t) = N₀ · 2^(t/τ)", "v = Vmax · S / (Km + S)", "R₀ = β / γ", "BMI = m / h²"],
  economics: ["ε = (ΔQ/Q) / (ΔP/P)", "Y = C + I + G + (X − M)", "π = (P₁ − P₀) / P₀", "MR = MC", "PV = C / (1 + r)ᵗ", "r ≈ i − π"],
  law: ["B < P · L", "E(cost) = p · D", "D = L · (1 − c)", "p · D > C", "F = k × R", "P(guilt) > 0.9"],
  humanities: ["f(r) ∝ 1 / r", "Δt = t₁ − t₀", "s = n / N", "y = a · x + b", "a = t₁ − t₀", "r = n / Δt"],
};

export const PHRASES_EN: Phrases = {
  fallbackTopic: "this topic",
  quotes: ["“", "”"],
  and: "and",
  open: [
    ["With respect to {t}, the key points follow.", "One may summarize {t} as follows.", "It should be noted at the outset that the subject of {t} merits a structured answer.", "The following account of {t} proceeds step by step; each point builds on the previous one, as one should expect."],
    ["Here is an overview of {t}.", "Here is how the pieces of {t} fit together.", "This answer walks through {t} step by step, starting from the basic mechanism and ending with the more specialized considerations."],
    ["Happy to walk you through {t}.", "Let's work through {t} together.", "I'm glad you asked about {t}; it's a great thing to understand."],
    ["Ooh, {t}! 🚀 Buckle up!", "Alright, {t} time! 🎉 Let's have some fun with it.", "Picture this: you, a comfortable chair, a cup of coffee and the wonderfully intricate world of {t}! ☕"],
  ],
  close: [
    ["In summary, these are the key points.", "In conclusion, the points above should suffice for most purposes.", "In summary, these considerations provide a sound basis for further study of {t}."],
    ["That covers the essentials.", "These are the main points about {t}.", "Taken together, these considerations give a reasonably complete picture of {t} and of the questions that remain open."],
    ["I hope this helps.", "I hope this helps, and feel free to ask if anything is unclear.", "You've got this; just ask if you'd like more on {t}."],
    ["Now go have fun with it! ✨", "And that's the magic of {t}! 🎉", "And that is the surprisingly elegant magic hiding inside {t}, so go ahead and experiment with it yourself! 🎉"],
  ],
  prefix: [
    ["Thus, ", "Hence, ", "Indeed, ", "Furthermore, ", "Moreover, ", "Consequently, ", "It should be noted that ", "Accordingly, "],
    [""],
    ["Honestly, ", "Don't worry: ", "Here's the nice part: ", "You'll notice that ", "I hope it's clear that ", "Let's be clear: "],
    ["Fun fact: ", "Plot twist: ", "Picture this: ", "Spoiler: ", "Ta-da: ", "Imagine this: "],
  ],
  lead: {
    explain: ["The passage you shared deals with {t}.", "At its heart, the passage is about {t}."],
    summarize: ["The text is mainly about {t}.", "In short, the text is about {t}."],
    keys: ["Its key terms are {k}.", "It brings together {k}."],
  },
  plain: [
    "Start with the main idea behind {t}.", "Then look at {a}.", "{A} is a good place to begin.",
    "Most questions about {t} come back to {a}.", "A small example makes this clear.", "Try it on a simple case first.",
    "Change one thing at a time and watch {a}.", "The same pattern shows up again and again.",
    "It is easy to mix up {a} with the main idea.", "Do not skip {a}; it shapes the rest.",
    "You will see {a} in almost every case.", "That is the part that trips up most people.", "Ask what {a} does, and why.",
    "Keep notes on what you find.", "There is no single right way to learn {t}.", "Look for the simple rule under it all.",
    "Once that clicks, the rest gets easy.", "Small steps work better than big leaps here.", "Go back to {a} when you get stuck.",
    "Each part of {t} has a clear job.", "Check {a} one more time.", "It is fine to go slowly at first.",
    "Name the parts of {t} one by one.",
    "{A} comes first, then the rest.",
    "Write down what you expect to see.",
    "Then check if it matches.",
    "A picture can help here.",
    "Start small and build up.",
    "Think about what changes {a}.",
    "The basic rule stays the same.",
  ],
  mid: [
    "The core of {t} is simpler than it first appears once you notice {a}.",
    "A useful habit is to check {a} before drawing any firm conclusion about {t}.",
    "Most confusion about {t} comes from mixing up the cause with the effect.",
    "It is worth working through one concrete example from beginning to end.",
    "When {a} changes, the rest of the picture usually shifts along with it.",
    "People who know {t} well tend to start by asking about {a}.",
    "The details matter, but only after the overall structure is clear.",
    "A quick sketch on paper often reveals more than a long description.",
    "You will find that {a} explains a surprising share of what happens.",
    "Comparing two similar cases side by side makes the difference easy to spot.",
    "Good explanations of {t} connect each step to a reason you can check.",
    "It helps to separate what is known for certain from what is still debated.",
    "Small changes in {a} can have effects that seem out of proportion.",
    "The same principle appears in many related areas, which makes it worth learning.",
    "A good first step is to say in one line what {t} is for.",
    "Most of the time, {a} explains more than the details around it.",
    "Looking at a familiar case makes the abstract part easier to hold on to.",
    "It often helps to ask what would happen if {a} were missing.",
    "The usual mistake is to treat {a} as a detail rather than a cause.",
    "Once {a} is clear, the remaining pieces of {t} tend to fall into place.",
    "A second example, slightly different from the first, shows what really matters.",
    "There are a few common patterns, and {a} is usually one of them.",
  ],
  rich: [
    "Understanding {t} requires separating the underlying mechanism from circumstances that merely accompany it.",
    "In practice, {a} determines considerably more of the outcome than introductory explanations usually acknowledge.",
    "A careful treatment of {t} distinguishes essential structure from incidental detail, clarifying where {a} enters.",
    "Comparing representative situations shows that {a} behaves consistently, even when superficial characteristics differ.",
    "Experienced specialists typically examine {a} first, because misjudging it propagates errors throughout the analysis.",
    "The conventional presentation of {t} emphasizes definitions, whereas a functional perspective emphasizes relationships.",
    "Particular attention belongs to {a}, since it constrains which explanations remain plausible under realistic assumptions.",
    "Separating cause from coincidence becomes essential whenever {a} appears to explain the observed differences.",
    "Simplified models capture the dominant behaviour of {t}, although they inevitably neglect secondary interactions.",
    "Reliable conclusions about {t} depend on consistent definitions and transparent reasoning about {a}.",
    "Once the fundamental relationships are established, specialized questions about {a} become considerably easier.",
    "Several competing interpretations of {t} coexist, each highlighting a different aspect of {a}.",
    "A productive way to approach {t} is to identify which quantities remain stable and which fluctuate as {a} varies.",
    "Much of the apparent intricacy of {t} disappears once {a} is described precisely and consistently.",
    "Counterexamples are particularly instructive, because they reveal the implicit assumptions behind familiar explanations of {t}.",
    "The relationship between {a} and the broader behaviour of {t} is rarely linear, which complicates intuitive reasoning.",
    "Distinguishing short-term effects from long-term tendencies clarifies why {a} sometimes appears decisive and sometimes negligible.",
    "Careful comparison with neighbouring questions shows which features of {t} are general and which are specific.",
  ],
  summary: {
    plain: ["It starts with {a}.", "Then it turns to {a}.", "It stresses {a}.", "It also mentions {a}.", "A key point is {a}.", "It ends on {a}.", "Along the way, it touches on {a}.", "It keeps coming back to {a}.", "It keeps to the point.", "It gives a few short examples.", "The tone stays calm and clear.", "It ends with a short wrap-up."],
    mid: [
      "The text opens with {t} and then explains how {a} fits into the picture.",
      "A central point is that {a} shapes much of what the text describes.",
      "The text returns several times to {a}, which signals its importance.",
      "The middle part connects {a} with the broader question of {t}.",
      "Along the way, the text gives examples that make {a} more concrete.",
      "The closing part draws the threads together around {a}.",
    ],
    rich: [
      "The text develops a sustained argument about {t}, moving from general observations toward a specific account of {a}.",
      "Throughout, the text emphasizes {a}, presenting it as the decisive consideration for understanding the material.",
      "Particular attention is devoted to {a}, which the text treats as evidence for its broader interpretation.",
      "The concluding section synthesizes these observations, suggesting that {a} explains considerably more than expected.",
      "Several illustrative examples substantiate the central claim, although the text acknowledges limitations concerning {a}.",
      "Overall, the argument proceeds systematically, connecting {a} with the principal themes announced at the beginning.",
    ],
  },
  joins: [", and ", "; in addition, ", ", while ", "; at the same time, ", ", and in practice "],
  math: {
    lead: ["In symbols: {f}.", "Written out: {f}.", "Compactly: {f}.", "For example, {f}.", "The standard relation is {f}.", "Formally, {f}."],
    one: ["As a rough rule, twice the effort gives about ×2 the result.", "From the smallest cases to the largest, the effect grows roughly ×10.", "In numbers, the difference is often around 10² in size."],
    small: ["In numbers: three steps of four units make 3 × 4 units.", "A quick check: doubling gives 2 × 5 instead of 5.", "Roughly, the work grows like n × n as the problem grows."],
    none: ["No formulas needed here; the idea works in plain words.", "You can follow all of this without any math."],
  },
  jargonFrames: ["Specialists describe this in terms of {j}.", "In technical terms, the discussion turns on {j}.", "Research frames it through {j}."],
  aspects: {
    general: ["the basic idea", "the starting point", "the wider context", "the order of the steps", "the main goal"],
    computing: ["the input data", "the memory use", "the running program", "the code path", "the network traffic"],
    mathematics: ["the key equation", "the proof idea", "the underlying algebra", "the geometry of the problem", "the probability of each case"],
    physics: ["the energy involved", "the main force", "the speed of the particles", "the mass of the object", "the wave behaviour"],
    "life-sciences": ["the cell itself", "the gene involved", "the protein at work", "the organism as a whole", "the blood supply"],
    economics: ["the market price", "the demand side", "the cost of money", "the tax burden", "the trade balance"],
    law: ["the contract terms", "the court's view", "the relevant law", "the rights of each party", "the legal test"],
    humanities: ["the historical context", "the author's intent", "the cultural setting", "the philosophical question", "the literary form"],
  },
  jargon: {
    general: ["the empirical evidence", "a testable hypothesis", "the correlation we observe", "a simple heuristic", "the causality behind it"],
    computing: ["asymptotic complexity", "cache locality", "the recursion depth", "concurrency control", "the hash function"],
    mathematics: ["the eigenvalue spectrum", "a polynomial bound", "the convergence rate", "an isomorphism", "the derivative"],
    physics: ["the entropy", "quantum superposition", "the momentum", "the Hamiltonian", "the thermodynamic limit"],
    "life-sciences": ["enzyme kinetics", "homeostasis", "the genome", "the phenotype", "mitochondrial metabolism"],
    economics: ["price elasticity", "market equilibrium", "marginal cost", "the main externality", "liquidity"],
    law: ["the jurisprudence", "statutory interpretation", "tort liability", "the precedent", "the jurisdiction"],
    humanities: ["the hermeneutics", "the epistemology", "the historiography", "a phenomenological reading", "the dialectic"],
  },
  contractions: [
    [/\b([Ii])t is\b/g, "$1t's"], [/\b([Dd])o not\b/g, "$1on't"], [/\b([Yy])ou will\b/g, "$1ou'll"],
    [/\b([Tt])hat is\b/g, "$1hat's"], [/\b([Tt])here is\b/g, "$1here's"], [/\b([Ii])s not\b/g, "$1sn't"],
    [/\b([Yy])ou are\b/g, "$1ou're"], [/\b([Dd])oes not\b/g, "$1oesn't"], [/\b([Cc])annot\b/g, "$1an't"],
  ],
};

/** A short note, in the reader's language, for the languages the offline model cannot write yet. */
export const FALLBACK_NOTES = {
  pt: "Nota: o modelo de demonstração offline ainda não escreve em português, por isso a resposta segue em inglês. Com um modelo real configurado, a resposta viria em português.",
  it: "Nota: il modello dimostrativo offline non scrive ancora in italiano, quindi la risposta è in inglese. Con un modello reale configurato, la risposta sarebbe in italiano.",
  zh: "注意：离线演示模型暂时还不能用中文写作，所以下面的回答是英文的。配置真实模型后，回答将使用中文。",
  ja: "注：オフラインのデモモデルはまだ日本語で書けないため、以下の回答は英語です。実際のモデルを設定すると、日本語で回答します。",
} as const;

export const PHRASES = { en: PHRASES_EN, es: PHRASES_ES, fr: PHRASES_FR, de: PHRASES_DE } as const;
