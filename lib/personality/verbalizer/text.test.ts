import { describe, expect, it } from "vitest";
import { countWords } from "./text";

describe("countWords (Intl.Segmenter)", () => {
  it.each([
    ["You like short answers.", 4],
    ["l’été — c’est « bien » : oui", 4], // punctuation runs are not words
    ["…… —— !!!", 0],
    ["สวัสดีครับผมชื่อสมชาย", 5], // Thai has no spaces between words
    ["你好，世界。", 4], // each CJK character counts (conservative)
    ["GPT-4 是模型", 5],
    ["e\u0301te\u0301 naïve", 2], // combining marks stay inside their word
  ])("%s → %i", (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
