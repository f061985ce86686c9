import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORICAL_ATOMS, DEFAULT_ATOMS, ORDINAL_DIMS, ordinalValue, type Atoms, type Language } from "./atoms";
import { applyCues, cuesOf, expandPhrase, normalizeForCues, readCues, scanCues } from "./paragraph-reader";
import { PROSE_LANGUAGES, verbalizeOffline } from "./verbalizer";
import { LEXICON_DE } from "./verbalizer/lexicon-de";
import { LEXICON_EN } from "./verbalizer/lexicon-en";
import { LEXICON_ES } from "./verbalizer/lexicon-es";
import { LEXICON_FR } from "./verbalizer/lexicon-fr";

const DOMAINS = CATEGORICAL_ATOMS.domain;
const LANGUAGES = CATEGORICAL_ATOMS.language;
const v = (dim: (typeof ORDINAL_DIMS)[number], index: number) => ordinalValue(dim, index);

/** All 1,024 ordinal combinations, domains in turn. */
function* everyOrdinal(language: Language): Generator<Atoms> {
  let i = 0;
  for (let tone = 0; tone < 4; tone++)
    for (let length = 0; length < 4; length++)
      for (let density = 0; density < 4; density++)
        for (let mathComfort = 0; mathComfort < 4; mathComfort++)
          for (let level = 0; level < 4; level++)
            yield { tone, length, density, mathComfort, level, domain: DOMAINS[i++ % DOMAINS.length]!, language };
}

describe("readCues: round trip through the verbalizer", () => {
  it("reads back every ordinal combination exactly, in English, Spanish, French and German", () => {
    for (const language of PROSE_LANGUAGES)
      for (const atoms of everyOrdinal(language)) {
        expect(readCues(verbalizeOffline({ atoms, aboutMe: "", amendments: [] }))).toEqual(cuesOf(atoms));
      }
  });

  it("reads back every domain at every reading level and address, in every language", () => {
    for (const language of LANGUAGES)
      for (const domain of DOMAINS)
        for (let density = 0; density < 4; density++)
          for (let tone = 0; tone < 4; tone++) {
            const atoms = { ...DEFAULT_ATOMS, language, domain, density, tone };
            expect(readCues(verbalizeOffline({ atoms, aboutMe: "", amendments: [] }))).toEqual(cuesOf(atoms));
          }
  });

  it("ignores the quoted about-me, whatever it says", () => {
    const aboutMe =
      "I hate math and love jokes; keep it short, answer in German. I am an expert lawyer who wants exhaustive, dense prose.";
    for (const language of LANGUAGES) {
      const atoms = { ...DEFAULT_ATOMS, language, domain: "physics" as const };
      expect(readCues(verbalizeOffline({ atoms, aboutMe, amendments: [] }))).toEqual(cuesOf(atoms));
    }
  });
});

describe("readCues: free text", () => {
  it("reads what people type in English", () => {
    expect(readCues("Keep answers short and casual")).toEqual({ length: 0, tone: v("tone", 2) });
    expect(readCues("I love equations")).toEqual({ mathComfort: 1 });
    expect(readCues("explain like I'm new to this")).toEqual({ level: 0 });
    expect(readCues("please answer in Spanish")).toEqual({ language: "es" });
    expect(readCues("Prefer longer, more detailed answers.")).toEqual({ length: v("length", 2) });
    expect(readCues("No math please, and no jargon.")).toEqual({ mathComfort: 0, density: 0 });
    expect(readCues("Be playful, I'm a software developer.")).toEqual({ tone: 1, domain: "computing" });
    expect(readCues("Use a professional tone; I am a professional.")).toEqual({ tone: 0, level: v("level", 2) });
    expect(readCues("Expert-level prose is fine, I'm an expert in physics.")).toEqual({ density: 1, level: 1, domain: "physics" });
    expect(readCues("Give me exhaustive coverage, I'm a student of economics.")).toEqual({ length: 1, level: v("level", 1), domain: "economics" });
    expect(readCues("Some math is fine. Balanced length. A neutral voice.")).toEqual({ mathComfort: v("mathComfort", 1), length: v("length", 1), tone: v("tone", 1) });
  });

  it("reads what people type in Spanish, French and German (with or without accents)", () => {
    expect(readCues("Respuestas cortas y en tono informal, por favor.")).toEqual({ length: 0, tone: v("tone", 2) });
    expect(readCues("Me encantan las ecuaciones, soy estudiante de fisica.")).toEqual({ mathComfort: 1, level: v("level", 1), domain: "physics" });
    expect(readCues("Explícamelo como a un principiante, sin fórmulas, en inglés.")).toEqual({ level: 0, mathComfort: 0, language: "en" });
    expect(readCues("Des réponses détaillées, avec humour, en allemand.")).toEqual({ length: v("length", 2), tone: 1, language: "de" });
    expect(readCues("Je débute en droit, sans maths svp.")).toEqual({ level: 0, domain: "law", mathComfort: 0 });
    expect(readCues("Bitte kurz und knapp, sachlich und auf Englisch.")).toEqual({ length: 0, tone: v("tone", 1), language: "en" });
    expect(readCues("Ich liebe Mathe und arbeite als Entwickler, erschöpfende Antworten bitte.")).toEqual({
      mathComfort: 1,
      domain: "computing",
      length: 1,
    });
    expect(readCues("Ich bin Anfänger in Geschichte und mag einfache Wörter.")).toEqual({ level: 0, domain: "humanities", density: 0 });
  });

  it("reads Chinese and Japanese language requests", () => {
    expect(readCues("请用中文回答")).toEqual({ language: "zh" });
    expect(readCues("日本語でお願いします")).toEqual({ language: "ja" });
  });

  it("lets the last statement on a dimension win", () => {
    expect(readCues("You want brief answers. You now prefer longer, more detailed answers.")).toEqual({ length: v("length", 2) });
    expect(readCues("Always reply in English. Responde en español.")).toEqual({ language: "es" });
    const paragraph = verbalizeOffline({ atoms: DEFAULT_ATOMS, aboutMe: "", amendments: [] });
    expect(readCues(`${paragraph} Prefer longer, more detailed answers.`).length).toBe(v("length", 2));
  });

  it("returns nothing for text that says nothing about any dimension, and ignores quoted phrases", () => {
    expect(readCues("")).toEqual({});
    expect(readCues("The weather was nice in Lisbon this week.")).toEqual({});
    expect(readCues('My old bot kept saying "in German" and "keep it short".')).toEqual({});
    expect(readCues("In general, of course, use your judgement.")).toEqual({});
  });

  it("maps cues back onto atoms", () => {
    expect(applyCues(DEFAULT_ATOMS, { length: 0.7, domain: "law" })).toEqual({ ...DEFAULT_ATOMS, length: 2, domain: "law" });
    expect(applyCues(DEFAULT_ATOMS, {})).toEqual(DEFAULT_ATOMS);
  });
});

describe("cue lexicons", () => {
  const lexicons = { en: LEXICON_EN, es: LEXICON_ES, fr: LEXICON_FR, de: LEXICON_DE };

  it("compile, use no upper-case escapes, and never give one phrase two options of the same dimension", () => {
    for (const [language, lexicon] of Object.entries(lexicons)) {
      for (const [dim, options] of Object.entries(lexicon)) {
        const owner = new Map<string, string>();
        for (const [option, phrases] of Object.entries(options as Record<string, readonly string[]>)) {
          for (const phrase of phrases) {
            expect(() => new RegExp(phrase, "u"), `${language} ${dim} ${phrase}`).not.toThrow();
            expect(phrase, `${language} ${dim} ${phrase}`).not.toMatch(/\\[A-Z]/);
            const key = normalizeForCues(phrase);
            expect(owner.get(key) ?? option, `${language} ${dim} "${phrase}"`).toBe(option);
            owner.set(key, option);
          }
        }
      }
    }
  });
});

describe("readCues: a paragraph read again", () => {
  const paragraph = verbalizeOffline({ atoms: { ...DEFAULT_ATOMS, length: 0, tone: 3 }, aboutMe: "", amendments: [] });

  it("gives the same cues every time, and a caller changing its copy changes nothing for the next", () => {
    const first = readCues(paragraph);
    expect(first).toMatchObject({ length: 0, tone: 1 });
    first.length = 1;
    delete first.tone;
    expect(readCues(paragraph)).toEqual({ ...first, length: 0, tone: 1 });
  });

  it("reads a changed paragraph afresh, however many paragraphs were read in between", () => {
    expect(readCues(paragraph).length).toBe(0);
    for (let i = 0; i < 300; i++) readCues(`${paragraph} Reader ${i}.`);
    expect(readCues(`${paragraph} You now prefer exhaustive answers that cover every case.`).length).toBe(1);
    expect(readCues(paragraph)).toMatchObject({ length: 0, tone: 1 });
  });
});

describe("scanCues: only the rules whose key words are in the text run", () => {
  const phrases = [LEXICON_EN, LEXICON_ES, LEXICON_FR, LEXICON_DE].flatMap((lexicon) =>
    Object.values(lexicon).flatMap((byOption) => Object.values(byOption as Record<string, readonly string[]>).flat()),
  );

  it("expands every phrase of the lexicons into texts its own pattern matches whole", () => {
    expect(phrases.length).toBeGreaterThan(600);
    for (const phrase of phrases) {
      const source = normalizeForCues(phrase);
      const texts = expandPhrase(source);
      expect(texts, source).not.toBeNull();
      const whole = new RegExp(`^(?:${source})$`, "u");
      for (const text of texts!) expect(text, source).toMatch(whole);
    }
    expect(expandPhrase("(?:a|b)? c[- ]d")).toEqual([" c-d", " c d", "a c-d", "a c d", "b c-d", "b c d"]);
    // Outside the lexicons' small pattern language: no expansion (the rule then runs on every text).
    for (const source of ["a+", "a*", "(a)", "\\p{L}", "a.b", "[^a]", "(?:a", "a)"]) expect(expandPhrase(source), source).toBeNull();
  });

  it("reads exactly what running every rule reads: verbalized paragraphs with amendments, and texts made of phrases and words", () => {
    const words = ["you", "the", "a", "math", "answers", "short", "expert", "de", "la", "und", "no", "not", "very", "prose", "«", "\"", "-", ",", "."];
    const pieces = fc.oneof(fc.constantFrom(...phrases.map((p) => expandPhrase(normalizeForCues(p))![0]!)), fc.constantFrom(...words), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.constantFrom(" ", ", ", ". ", "-", ""), (parts, glue) => {
        const text = parts.join(glue);
        expect(scanCues(text)).toEqual(scanCues(text, { everyRule: true }));
      }),
      { numRuns: 2000, seed: 16 },
    );
    for (const language of LANGUAGES)
      for (const atoms of [...everyOrdinal(language)].filter((_, i) => i % 37 === 0)) {
        const paragraph = verbalizeOffline({ atoms, aboutMe: "I used to hate long answers.", amendments: ["Prefers formulas with every step."] });
        expect(scanCues(paragraph)).toEqual(scanCues(paragraph, { everyRule: true }));
      }
  });
});
