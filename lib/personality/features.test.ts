import { describe, expect, it } from "vitest";
import { categoryIndex, snapOrdinal, type OrdinalDim } from "./atoms";
import {
  LENGTH_WORD_ANCHORS,
  MIN_WORDS,
  detectLanguage,
  measureFeatures,
  textStats,
  thumbSignals,
  type Features,
} from "./features";

const option = (dim: OrdinalDim, text: string) => {
  const value = measureFeatures(text)[dim];
  return value === undefined ? undefined : snapOrdinal(dim, value);
};
/** n words of neutral filler in short sentences. */
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => (i % 8 === 7 ? "stone." : "stone"))
    .join(" ")
    .replace(/^s/, "S");

const PLAIN =
  "Black holes form when a big star runs out of fuel. The core falls in on itself. Gravity gets very strong. Not even light can get out. That is why we call them black. They can still grow. They pull in gas and dust.";
const EXPERT =
  "The gravitational collapse of sufficiently massive stellar remnants produces regions of spacetime from which no causal signal can escape, a conclusion that follows directly from the Schwarzschild solution of the Einstein field equations. Subsequent theoretical developments, including the thermodynamic interpretation proposed by Bekenstein and Hawking, established that such objects possess an entropy proportional to the area of the event horizon.";

describe("length", () => {
  it("maps word counts onto the option scale through the anchors", () => {
    expect(measureFeatures(filler(LENGTH_WORD_ANCHORS[2])).length).toBeCloseTo(2 / 3);
    expect(option("length", filler(25))).toBe(0);
    expect(option("length", filler(90))).toBe(1);
    expect(option("length", filler(210))).toBe(2);
    expect(option("length", filler(500))).toBe(3);
    expect(measureFeatures(filler(5000)).length).toBe(1);
  });

  it("counts Chinese and Japanese by characters", () => {
    const zh = "黑洞是在大质量恒星燃料耗尽时形成的。".repeat(10);
    expect(textStats(zh).words).toBeCloseTo((17 * 10) / 2);
  });

  it("says nothing about an empty text", () => {
    expect(measureFeatures("")).toEqual({});
    expect(measureFeatures("  \n ")).toEqual({});
  });
});

describe("density", () => {
  it("reads short sentences of short words as plain, long sentences of long words as expert", () => {
    expect(option("density", PLAIN)).toBe(0);
    expect(option("density", EXPERT)).toBe(3);
  });

  it("leaves displayed formulas out of the sentence length", () => {
    const withFormulas = `${EXPERT}\n\nE = m · c²\n\nF = m · a`;
    expect(measureFeatures(withFormulas).density).toBeCloseTo(measureFeatures(EXPERT).density!, 5);
  });

  it("is no evidence in a text too short to judge", () => {
    expect(measureFeatures("Yes. It works.").density).toBeUndefined();
  });
});

describe("mathComfort", () => {
  it("is no evidence when a reply has no math and says nothing about it", () => {
    expect(measureFeatures(PLAIN).mathComfort).toBeUndefined();
    expect(measureFeatures(filler(300)).mathComfort).toBeUndefined();
  });

  it("is avoid when the reply says it does without math", () => {
    expect(option("mathComfort", `${PLAIN} You can follow all of this without any math.`)).toBe(0);
    expect(option("mathComfort", "Todo esto se sigue sin fórmulas, con palabras sencillas y claras.")).toBe(0);
  });

  it("grows with the share of formula tokens: light, comfortable, fluent", () => {
    expect(option("mathComfort", `${filler(150)} It grows roughly ×2 per step.`)).toBe(1);
    expect(option("mathComfort", `${filler(80)} In symbols: E = m · c². ${filler(20)}`)).toBe(2);
    const fluent = "Let f(x) = x² − 3x + 2. Then f′(x) = 2x − 3, so f′(x) = 0 at x = 3/2, and ∫₀¹ x² dx = 1/3.";
    expect(option("mathComfort", `${fluent} ${filler(30)}`)).toBe(3);
  });

  it("counts the operands of a formula, not the words around it", () => {
    expect(textStats("In symbols: h(k) = k mod m.").mathTokens).toBe(5);
    expect(textStats("I have a cat and a dog.").mathTokens).toBe(0);
    expect(textStats("about 4 steps at 3 units").mathTokens).toBe(0);
  });

  it("is no evidence in a text too short to judge", () => {
    expect(MIN_WORDS.math).toBeGreaterThan(3);
    expect(measureFeatures("x = 2").mathComfort).toBeUndefined();
  });
});

describe("tone", () => {
  it("reads formal, neutral, warm and playful markers", () => {
    const formal =
      "The question merits a precise answer. Furthermore, the collapse of a massive star produces a black hole. Consequently, no light escapes. It should be noted that this follows from relativity. In summary, black holes are the end state of massive stars.";
    const warm =
      "Don't worry, it's simpler than it looks. You'll see that a black hole is just a star that's collapsed. I hope this helps, and feel free to ask more. Honestly, it's a lovely topic.";
    const playful = "Ooh, black holes! 🚀 Buckle up! Picture this: a star so heavy it folds in on itself! Fun fact: not even light gets out! 🎉";
    expect(option("tone", formal)).toBe(0);
    expect(option("tone", PLAIN)).toBe(1);
    expect(option("tone", warm)).toBe(2);
    expect(option("tone", playful)).toBe(3);
  });

  it("reads the markers of Spanish, French and German too", () => {
    expect(option("tone", "Por consiguiente, el núcleo se hunde. Asimismo, la gravedad crece. Cabe señalar que la luz no escapa. En suma, es el final de una estrella.")).toBe(0);
    expect(option("tone", "Franchement, c'est plus simple qu'il n'y paraît. Pas de souci : tu vas voir que tout devient clair. J'espère que ça t'aide.")).toBe(2);
    expect(option("tone", "Stell dir vor: ein Stern fällt in sich zusammen! Überraschung: nicht einmal Licht entkommt! 🎉")).toBe(3);
  });

  it("is no evidence in a text too short to judge", () => {
    expect(measureFeatures("Sure!").tone).toBeUndefined();
  });
});

describe("level", () => {
  it("rises with the share of jargon and acronyms", () => {
    expect(option("level", PLAIN)).toBe(0);
    const jargon =
      "The asymptotic complexity depends on cache locality and recursion depth. Concurrency control and the hash function matter for throughput. An API with low latency avoids deadlock.";
    expect(option("level", jargon)).toBe(3);
  });

  it("is no evidence in a text too short to judge", () => {
    expect(measureFeatures("Entropy rises.").level).toBeUndefined();
  });
});

describe("domain", () => {
  it("finds the field from its vocabulary", () => {
    expect(measureFeatures("The program reads the input file, stores the data in memory and calls a function in a loop.").domain).toBe("computing");
    expect(measureFeatures("The court read the contract and found the clause broke the law.").domain).toBe("law");
    expect(measureFeatures("Market prices rise when demand outpaces supply, and inflation eats into wages.").domain).toBe("economics");
    expect(measureFeatures("Les cellules lisent l'ADN pour fabriquer des protéines.").domain).toBe("life-sciences");
  });

  it("counts French nouns behind an elided article", () => {
    expect(measureFeatures("L'énergie et l'entropie d'une onde; la masse de l'atome.").domain).toBe("physics");
  });

  it("is no evidence when no field's words appear, or two fields tie", () => {
    expect(measureFeatures(PLAIN.replace(/star|light|gravity/gi, "thing")).domain).toBeUndefined();
    expect(measureFeatures("The code and the data; the court and the contract.").domain).toBeUndefined();
  });
});

describe("language", () => {
  it.each([
    ["en", "The cat sat on the mat because it was warm and the sun was out."],
    ["es", "El gato se sentó en la alfombra porque hacía calor y el sol estaba fuera."],
    ["fr", "Le chat s'est assis sur le tapis parce qu'il faisait chaud et que le soleil brillait."],
    ["de", "Die Katze saß auf der Matte, weil es warm war und die Sonne schien."],
    ["pt", "O gato sentou no tapete porque estava quente e o sol não se escondia."],
    ["it", "Il gatto si è seduto sul tappeto perché faceva caldo e il sole era alto."],
    ["zh", "黑洞是在大质量恒星燃料耗尽时形成的。"],
    ["ja", "ブラックホールは、非常に重い星が燃料を使い果たしたときに形成されます。"],
  ] as const)("detects %s", (language, text) => {
    expect(measureFeatures(text).language).toBe(language);
  });

  it("needs evidence of its own, not words another language shares (\"do\", \"a\")", () => {
    expect(detectLanguage("How do I rebuild a carburetor on a 1970s motorcycle?")).toBe("en");
    expect(detectLanguage("Do a barrel roll")).toBeUndefined();
    expect(detectLanguage("¿Por qué flota el hielo en el agua?")).toBe("es");
  });

  it("is no evidence for a text too short to judge", () => {
    expect(detectLanguage("OK.")).toBeUndefined();
  });

  it("is no evidence for a mixed reply whose opening paragraph is in another language", () => {
    const note = "Nota: o modelo de demonstração offline ainda não escreve em português, por isso a resposta segue em inglês.";
    const body = "The cat sat on the mat because it was warm, and the sun was out for the whole afternoon.";
    expect(detectLanguage(note)).toBe("pt");
    expect(measureFeatures(`${note}\n\n${body}`).language).toBeUndefined();
    expect(measureFeatures(`${body}\n\n${body}`).language).toBe("en");
  });
});

describe("thumbSignals", () => {
  const features: Features = { tone: 0.25, length: 2 / 3, mathComfort: 0, domain: "physics", language: "es" };

  it("up emits the measured values and the categories", () => {
    expect(thumbSignals(features, "up")).toEqual([
      { dimension: "tone", value: 0.25 },
      { dimension: "length", value: 2 / 3 },
      { dimension: "mathComfort", value: 0 },
      { dimension: "domain", category: categoryIndex("domain", "physics") },
      { dimension: "language", category: categoryIndex("language", "es") },
    ]);
  });

  it("down emits the reflection 1 − v for ordinals and nothing for categoricals", () => {
    expect(thumbSignals(features, "down")).toEqual([
      { dimension: "tone", value: 0.75 },
      { dimension: "length", value: 1 - 2 / 3 },
      { dimension: "mathComfort", value: 1 },
    ]);
  });

  it("emits nothing for a dimension without evidence", () => {
    expect(thumbSignals({}, "up")).toEqual([]);
    expect(thumbSignals(measureFeatures("Sure."), "down").map((s) => s.dimension)).toEqual(["length"]);
  });
});
