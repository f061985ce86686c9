import { describe, expect, it } from "vitest";
import { compileLexicon, countHits, isHit, lexiconWords } from "./features-lexicon";

describe("lexicon hits (one mask per word, kept between texts)", () => {
  it("counts exact words, plurals, prefixes, elided articles and phrases", () => {
    const lex = compileLexicon("law market* black_hole* énergie");
    const words = lexiconWords(["laws", "the", "marketing", "l'énergie", "black", "holes", "law"]);
    expect(countHits(words, lex)).toBe(5);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => isHit(words, i, lex))).toEqual([true, false, true, true, false, false, true]);
  });

  it("a lexicon compiled after a word was counted still counts it", () => {
    const first = compileLexicon("alpha");
    expect(countHits(["alpha", "beta"], first)).toBe(1);
    const later = compileLexicon("beta");
    expect(countHits(["alpha", "beta"], later)).toBe(1);
    expect(countHits(["alpha", "beta"], first)).toBe(1);
  });

  it("keeps every lexicon's bit apart past the first 32", () => {
    const many = Array.from({ length: 40 }, (_, i) => compileLexicon(`word${i}`));
    const words = lexiconWords(["word3", "word35", "word39", "other"]);
    expect(many.map((lex) => countHits(words, lex))).toEqual(many.map((_, i) => (i === 3 || i === 35 || i === 39 ? 1 : 0)));
  });
});
