import { describe, expect, it } from "vitest";
import {
  CATEGORICAL_DIMS,
  DEFAULT_ATOMS,
  ORDINAL_ATOMS,
  ORDINAL_DIMS,
  applyChange,
  optionsOf,
  type AtomChange,
  type Atoms,
  type Language,
} from "./atoms";
import { MAX_AMENDMENT_CHARS, amendmentForChange, appendAmendment } from "./amendments";
import { cuesOf, readCues } from "./paragraph-reader";
import { verbalizeOffline } from "./verbalizer";
import { splitSentences } from "./verbalizer/text";

/** Every change of every dimension to every option. */
function allChanges(): AtomChange[] {
  return [
    ...ORDINAL_DIMS.flatMap((dimension) => ORDINAL_ATOMS[dimension].map((_, value) => ({ dimension, value }) as AtomChange)),
    ...CATEGORICAL_DIMS.flatMap((dimension) => optionsOf(dimension).map((value) => ({ dimension, value }) as AtomChange)),
  ];
}

/** Paragraph settings to amend: each address (usted/tú, vous/tu, Sie/du) and both reading levels. */
const BASES: Partial<Atoms>[] = [
  { tone: 0, density: 0, length: 3, mathComfort: 0, level: 3, domain: "law" },
  { tone: 1, density: 3, length: 0, mathComfort: 3, level: 0, domain: "general" },
  { tone: 2, density: 1, domain: "physics" },
  { tone: 3, density: 2, domain: "humanities" },
];

describe("amendmentForChange", () => {
  it("writes one sentence of at most 200 characters that moves exactly the changed dimension", () => {
    for (const language of ["en", "es", "fr", "de", "pt"] as Language[])
      for (const base of BASES)
        for (const change of allChanges()) {
          const atoms = { ...DEFAULT_ATOMS, ...base, language };
          const paragraph = verbalizeOffline({ atoms, aboutMe: "I like hiking.", amendments: [] });
          const sentence = amendmentForChange(change, atoms);
          const label = `${language} ${JSON.stringify(base)} ${change.dimension}=${change.value}: ${sentence}`;
          expect(sentence.length, label).toBeLessThanOrEqual(MAX_AMENDMENT_CHARS);
          expect(splitSentences(sentence), label).toHaveLength(1);
          expect(sentence, label).toMatch(/^[A-ZÁÉ].*\.$/u);
          expect(sentence, label).not.toMatch(/[{}|]/);
          const expected = cuesOf(applyChange(atoms, change));
          expect(readCues(appendAmendment(paragraph, sentence)), label).toEqual(expected);
          expect(readCues(verbalizeOffline({ atoms, aboutMe: "", amendments: [sentence] })), label).toEqual(expected);
        }
  });

  it("is written in the paragraph's language and in the address of the new tone", () => {
    expect(amendmentForChange({ dimension: "length", value: 2 }, DEFAULT_ATOMS)).toBe("You now prefer longer, more detailed answers.");
    expect(amendmentForChange({ dimension: "tone", value: 3 }, DEFAULT_ATOMS)).toBe("You now prefer a playful, light-hearted tone.");
    const de = { ...DEFAULT_ATOMS, language: "de" as const, tone: 0 };
    expect(amendmentForChange({ dimension: "length", value: 2 }, de)).toBe("Ab jetzt möchten Sie längere, ausführlichere Antworten.");
    expect(amendmentForChange({ dimension: "tone", value: 2 }, de)).toBe("Ab jetzt magst du einen warmen, freundlichen Ton.");
    const es = { ...DEFAULT_ATOMS, language: "es" as const, tone: 0 };
    expect(amendmentForChange({ dimension: "length", value: 0 }, es)).toBe("Ahora quiere respuestas breves, directas al grano.");
    expect(amendmentForChange({ dimension: "language", value: "fr" }, es)).toBe(
      "A partir de ahora, las respuestas deben estar siempre en francés.",
    );
    const fr = { ...DEFAULT_ATOMS, language: "fr" as const, tone: 3 };
    expect(amendmentForChange({ dimension: "domain", value: "law" }, fr)).toBe("Désormais, tes questions portent surtout sur le droit.");
    const ja = { ...DEFAULT_ATOMS, language: "ja" as const };
    expect(amendmentForChange({ dimension: "language", value: "en" }, ja)).toBe("Always reply in English from now on.");
  });
});

describe("appendAmendment", () => {
  it("appends with a single space", () => {
    expect(appendAmendment("You like short answers.", "You now prefer a formal tone.")).toBe(
      "You like short answers. You now prefer a formal tone.",
    );
    expect(appendAmendment("You like short answers.  \n", "  You now prefer\na formal tone. ")).toBe(
      "You like short answers. You now prefer a formal tone.",
    );
  });

  it("closes an unfinished last sentence and finishes the amendment", () => {
    expect(appendAmendment("You like short answers", "use a formal tone")).toBe("You like short answers. use a formal tone.");
    expect(appendAmendment("Sie beschreiben sich so: „Ich koche gern.“", "Ab jetzt bevorzugen Sie einen sachlichen, neutralen Ton.")).toBe(
      "Sie beschreiben sich so: „Ich koche gern.“ Ab jetzt bevorzugen Sie einen sachlichen, neutralen Ton.",
    );
  });

  it("is idempotent for the sentence the text already ends with, and handles empty input", () => {
    const once = appendAmendment("You like short answers.", "You now prefer a formal tone.");
    expect(appendAmendment(once, "You now prefer a formal tone.")).toBe(once);
    expect(appendAmendment("", "You now prefer a formal tone.")).toBe("You now prefer a formal tone.");
    expect(appendAmendment("You like short answers.", "   ")).toBe("You like short answers.");
  });

  it("appends even past 300 words: an accepted amendment is never dropped", () => {
    const long = "word ".repeat(299).trim() + ".";
    expect(appendAmendment(long, "You now prefer a formal tone.").endsWith("You now prefer a formal tone.")).toBe(true);
  });
});
