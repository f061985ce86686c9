import { describe, expect, it } from "vitest";
import { CATEGORICAL_ATOMS, DEFAULT_ATOMS, LANGUAGE_NAMES, type Atoms, type Language } from "../atoms";
import { offlineVerbalizer, verbalizeOffline, verbalizeWithFallback } from "./index";
import { PROSE_LANGUAGES } from "./phrases";
import { MAX_PARAGRAPH_WORDS, countWords, splitSentences } from "./text";

const DOMAINS = CATEGORICAL_ATOMS.domain;
const LANGUAGES = CATEGORICAL_ATOMS.language;

const paragraph = (atoms: Partial<Atoms>, aboutMe = "", amendments: string[] = []) =>
  verbalizeOffline({ atoms: { ...DEFAULT_ATOMS, ...atoms }, aboutMe, amendments });

/** Every tone × length × math × level combination, domains in turn: 256 atoms per density and language. */
function* combos(language: Language, density: number): Generator<Atoms> {
  let i = 0;
  for (let tone = 0; tone < 4; tone++)
    for (let length = 0; length < 4; length++)
      for (let mathComfort = 0; mathComfort < 4; mathComfort++)
        for (let level = 0; level < 4; level++)
          yield { tone, length, density, mathComfort, level, domain: DOMAINS[i++ % DOMAINS.length]!, language };
}

const meanSentenceWords = (text: string) => {
  const sentences = splitSentences(text);
  return countWords(text) / sentences.length;
};

const LONG_ABOUT_ME = (
  "I am a secondary-school chemistry teacher who moved into data analysis three years ago, and I still think in " +
  "lab notebooks. I hate long answers, I love equations, please answer in German and keep it short. " +
  "My evenings go to a choir, two children and a very stubborn sourdough starter that refuses to rise in winter. "
).repeat(4).slice(0, 1000);
const SHORT_WORDS_ABOUT_ME = "a ".repeat(500).trim();
const CJK_ABOUT_ME = "我是一名化学老师，喜欢简短的回答。".repeat(60).slice(0, 1000);
const ONE_TOKEN_ABOUT_ME = "x".repeat(1000);
const MAX_AMENDMENTS = [
  "You now prefer longer, more detailed answers.",
  `${"a ".repeat(98)}b.`,
  "Keep answers short and casual, and when you explain a concept, start from one concrete example that I can picture before any general statement.",
  "You now prefer compressed specialist prose.",
  `${"so ".repeat(66)}ok.`,
  "Always reply in Spanish from now on.",
  "You now prefer a playful, light-hearted tone.",
  "Use tables when comparing more than two options, and keep every table under six rows so that it stays readable.",
];

describe("verbalizeOffline: bounds", () => {
  it("stays under 300 words on the worst case: a 1,000-character about-me and eight long amendments", () => {
    for (const language of LANGUAGES)
      for (let density = 0; density < 4; density++)
        for (const aboutMe of [LONG_ABOUT_ME, SHORT_WORDS_ABOUT_ME, CJK_ABOUT_ME, ONE_TOKEN_ABOUT_ME]) {
          const atoms = { ...DEFAULT_ATOMS, language, density, tone: 0, length: 3, mathComfort: 3, level: 0 };
          const text = verbalizeOffline({ atoms, aboutMe, amendments: MAX_AMENDMENTS });
          expect(countWords(text)).toBeLessThan(MAX_PARAGRAPH_WORDS);
          expect(text.split(/\s+/).length).toBeLessThan(MAX_PARAGRAPH_WORDS);
          expect(text.length).toBeLessThan(2600);
        }
  });

  it("keeps the newest amendments when not all fit, then gives the about-me what room is left", () => {
    const notes = [1, 2, 3, 4, 5, 6].map((n) => `Note ${n}: ${"mention the source ".repeat(10).trim()}.`);
    const text = paragraph({ density: 3 }, LONG_ABOUT_ME, notes);
    expect(text.endsWith(notes[5]!)).toBe(true);
    expect(text).not.toContain("Note 1:");
    expect(countWords(text)).toBeLessThan(MAX_PARAGRAPH_WORDS);
    const roomy = paragraph({ density: 3 }, LONG_ABOUT_ME, notes.slice(4));
    expect(roomy).toContain("You describe yourself");
    expect(roomy.endsWith(notes[5]!)).toBe(true);
  });

  it("is deterministic", () => {
    for (const language of LANGUAGES) {
      const input = { atoms: { ...DEFAULT_ATOMS, language, tone: 3, density: 2 }, aboutMe: LONG_ABOUT_ME, amendments: MAX_AMENDMENTS };
      expect(verbalizeOffline(input)).toBe(verbalizeOffline(structuredClone(input)));
    }
  });

  it("writes clean prose: no template braces, no undefined, single spaces, capitalized sentences", () => {
    for (const language of LANGUAGES)
      for (let density = 0; density < 4; density++)
        for (const atoms of combos(language, density)) {
          const text = paragraph(atoms);
          expect(text).not.toMatch(/[{}|]|undefined|\s{2}| [.,;]|\.\./);
          for (const s of splitSentences(text)) expect(s).toMatch(/^[A-ZÁÉÍÓÚÑ„“«]/u);
        }
  });
});

/** Whole words, accents included (\b does not know that "está" ends in a letter). */
const words = (list: string, ...phrases: string[]) =>
  new RegExp(`(?<!\\p{L})(?:${[...list.split(" "), ...phrases].join("|")})(?!\\p{L})`, "iu");

describe("verbalizeOffline: second person, in the user's language", () => {
  const ADDRESS: Record<(typeof PROSE_LANGUAGES)[number], { formal: RegExp; informal: RegExp; tones: [number[], number[]] }> = {
    en: { formal: /\byou(r)?\b/i, informal: /\byou(r)?\b/i, tones: [[0, 1, 2, 3], []] },
    es: {
      formal: words("usted su sus le está prefiere quiere conoce lee acepta tiene domina aplica avanza", "se describe", "se siente", "se maneja"),
      informal: words("tú te tu tus eres estás prefieres quieres conoces lees aceptas tienes dominas aplicas avanzas"),
      tones: [[0], [1, 2, 3]],
    },
    // "ton" is also the noun "tone", so the informal possessive is matched in its phrases.
    fr: { formal: words("vous votre vos"), informal: words("tu te tes", "ton domaine", "ton travail"), tones: [[0, 1, 2], [3]] },
    de: { formal: /\b(Sie|Ihre|Ihrem)\b/, informal: /\b(du|Du|deine|Deine|deinem|dich|dir)\b/, tones: [[0, 1], [2, 3]] },
  };

  it("addresses the reader, with usted / vous / Sie for the tones that call for them", () => {
    for (const language of PROSE_LANGUAGES) {
      const { formal, informal, tones } = ADDRESS[language];
      for (const [register, list] of [["formal", tones[0]], ["informal", tones[1]]] as const)
        for (const tone of list)
          for (let density = 0; density < 4; density++) {
            const text = paragraph({ language, tone, density, level: 1, domain: "physics" });
            const own = register === "formal" ? formal : informal;
            const other = register === "formal" ? informal : formal;
            const sentences = splitSentences(text).filter((s) => !/^(Always|Las respuestas|Les réponses|Antworten)/.test(s));
            expect(sentences.filter((s) => own.test(s)).length, `${language} ${tone} ${density}: ${text}`).toBeGreaterThanOrEqual(3);
            if (language !== "en") expect(text).not.toMatch(other);
            expect(text).not.toMatch(/\b(the user|he|she|his|her)\b/i);
          }
    }
  });

  it("writes Spanish, French and German prose with no English in it, and says which language to reply in", () => {
    const CHARACTERISTIC: Record<Language, RegExp> = {
      en: /\b(the|and|you|your)\b/,
      es: /\b(que|las|los|del|de|con)\b/i,
      fr: /\b(les|des|vous|sur|de)\b/i,
      de: /\b(und|die|den|nach|auf)\b/i,
      pt: /\b(the|and|you|your)\b/,
      it: /\b(the|and|you|your)\b/,
      zh: /\b(the|and|you|your)\b/,
      ja: /\b(the|and|you|your)\b/,
    };
    for (const language of LANGUAGES)
      for (let density = 0; density < 4; density++) {
        const text = paragraph({ language, density, domain: "economics" });
        expect(text).toMatch(CHARACTERISTIC[language]);
        if (language === "es" || language === "fr" || language === "de") expect(text).not.toMatch(/\b(the|and|you|your|with)\b/i);
        if (!(PROSE_LANGUAGES as readonly string[]).includes(language)) {
          expect(text).toContain(`Always reply in ${LANGUAGE_NAMES[language]}.`);
        }
      }
    expect(paragraph({ language: "es" })).toContain("Las respuestas deben estar siempre en español.");
    expect(paragraph({ language: "fr" })).toContain("Les réponses doivent toujours être en français.");
    expect(paragraph({ language: "de" })).toContain("Antworten bitte immer auf Deutsch.");
  });
});

describe("verbalizeOffline: level student", () => {
  it("says the reader knows the basics, never that they are a student", () => {
    for (const language of ["en", "es", "fr", "de"] as const) {
      for (const density of [0, 3]) {
        const text = verbalizeOffline({ atoms: { ...DEFAULT_ATOMS, level: 1, language, density }, aboutMe: "", amendments: [] });
        expect(text).not.toMatch(/\bstudent|estudiante|étudiant|studier|Student/i);
        expect(text).toMatch(/[Kk]now the (?:basics|fundamentals)|[Cc]onoces? (?:lo básico|los fundamentos)|connais(?:sez)? déjà les bases|kenn(?:en|st) die Grundlagen/);
      }
    }
  });
});

describe("verbalizeOffline: reading level follows density", () => {
  it("has strictly longer sentences at each density step, for every other setting and language", () => {
    for (const language of LANGUAGES) {
      const byDensity = [0, 1, 2, 3].map((density) => [...combos(language, density)].map((a) => meanSentenceWords(paragraph(a))));
      for (let i = 0; i < byDensity[0]!.length; i++) {
        const means = byDensity.map((list) => list[i]!);
        for (let d = 1; d < 4; d++) expect(means[d]!).toBeGreaterThan(means[d - 1]!);
      }
    }
  });

  it("lands near the words-per-sentence a reader expects: plain short, expert long", () => {
    const mean = (density: number) => meanSentenceWords(paragraph({ density, level: 2, domain: "computing" }));
    expect(mean(0)).toBeLessThan(10);
    expect(mean(3)).toBeGreaterThan(25);
  });
});

describe("verbalizeOffline: about-me and amendments", () => {
  it("quotes the about-me's first sentences within a budget, and leaves it out when blank", () => {
    const text = paragraph({}, LONG_ABOUT_ME);
    expect(text).toContain("You describe yourself like this: “I am a secondary-school chemistry teacher");
    expect(text).toMatch(/ …”/);
    expect(paragraph({}, "   ")).toBe(paragraph({}));
    expect(paragraph({}, "I fix bikes.")).toContain("“I fix bikes.”");
    expect(paragraph({ language: "de" }, "Ich „liebe“ Physik.")).toContain("„Ich 'liebe' Physik.“");
  });

  it("appends amendments at the end and drops the base sentence they replace", () => {
    const text = paragraph({ length: 0 }, "", ["You now prefer longer, more detailed answers."]);
    expect(text.endsWith("You now prefer longer, more detailed answers.")).toBe(true);
    expect(text).not.toContain("You want brief answers.");
    const free = paragraph({}, "", ["use bullet points for steps"]);
    expect(free.endsWith("Use bullet points for steps.") || free.endsWith("use bullet points for steps.")).toBe(true);
  });

  it("drops an amendment that a later one fully restates, and repeats of the same sentence", () => {
    const text = paragraph({}, "", ["You now prefer brief answers that get straight to the point.", "You now prefer longer, more detailed answers.", "You now prefer longer, more detailed answers."]);
    expect(text).not.toContain("brief");
    expect(text.match(/more detailed/g)).toHaveLength(1);
  });

  it("reads at the amended density", () => {
    const expert = paragraph({ density: 3 });
    const amended = paragraph({ density: 3 }, "", ["You now prefer short sentences and plain words."]);
    expect(meanSentenceWords(amended)).toBeLessThan(meanSentenceWords(expert) / 2);
  });
});

describe("verbalizeWithFallback", () => {
  const input = { atoms: DEFAULT_ATOMS, aboutMe: "", amendments: [] };
  const offline = verbalizeOffline(input);

  it("uses the offline verbalizer without a model, and the model's text when it keeps the contract", async () => {
    expect(await verbalizeWithFallback(input, undefined)).toEqual({ text: offline, by: "offline" });
    expect(await offlineVerbalizer(input)).toBe(offline);
    const llm = async () => "  You like short answers.  ";
    expect(await verbalizeWithFallback(input, llm)).toEqual({ text: "You like short answers.", by: "llm" });
  });

  it("falls back on a failure (a timeout is one: the harness aborts the call) and an empty or over-long paragraph", async () => {
    const failing = async () => {
      throw new Error("rate limited");
    };
    const empty = async () => " ";
    const long = async () => "word ".repeat(300);
    for (const llm of [failing, empty, long]) {
      const result = await verbalizeWithFallback(input, llm);
      expect(result.by).toBe("offline");
      expect(result.text).toBe(offline);
      expect(result.error).toBeInstanceOf(Error);
    }
  });
});
