/**
 * The whole prompting path with no key: atoms → offline verbalizer → stored paragraph → readPreamble → harness →
 * offline demo model → reply. Only the database read is replaced; the replies must differ exactly as the
 * paragraph says (length, formulas, tone, language), measured by the same features thumbs use.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_ATOMS, snapOrdinal, type Atoms } from "@/lib/personality/atoms";
import { detectLanguage, measureFeatures } from "@/lib/personality/features";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import { setEnv } from "@/tests/ai-fixtures";
import { streamSurface, type Outcome, type Part } from "./harness";
import { NO_PREAMBLE, readPreamble } from "./preamble";
import type { Surface } from "./prompts";

vi.mock("./preamble", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./preamble")>()),
  readPreamble: vi.fn(),
}));

const QUESTION = "How do vaccines train the immune system?";

async function replyFor(atoms: Atoms | null, surface: Surface = "chat", prompt = QUESTION): Promise<string> {
  vi.mocked(readPreamble).mockResolvedValue(
    atoms ? { text: verbalizeOffline({ atoms, aboutMe: "", amendments: [] }), provenance: "onboarding", version: 1 } : NO_PREAMBLE,
  );
  let outcome: Outcome | undefined;
  const run = await streamSurface({
    userId: "u",
    surface,
    prompt,
    onSettled: async (o) => {
      outcome = o;
    },
  });
  const reader = run.stream.getReader();
  const parts: Part[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
  expect(outcome?.status, String(outcome?.error)).toBe("complete");
  expect(parts.filter((p) => p.type === "text-delta").length).toBeGreaterThan(1);
  return outcome!.text;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const with_ = (change: Partial<Atoms>): Atoms => ({ ...DEFAULT_ATOMS, ...change });

describe("the offline demo model through the harness follows the paragraph", () => {
  let restore: () => void;
  beforeAll(() => {
    restore = setEnv({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OFFLINE_MODEL_DELAY_MS: "0" });
  });
  afterAll(() => restore());

  it("is deterministic: the same paragraph and question give the same reply", async () => {
    expect(await replyFor(with_({}))).toBe(await replyFor(with_({})));
  });

  it("length: a brief reader gets a short reply, an exhaustive one a long reply", async () => {
    const brief = await replyFor(with_({ length: 0 }));
    const exhaustive = await replyFor(with_({ length: 3 }));
    expect(words(exhaustive)).toBeGreaterThan(3 * words(brief));
    expect(snapOrdinal("length", measureFeatures(brief).length!)).toBe(0);
    expect(snapOrdinal("length", measureFeatures(exhaustive).length!)).toBe(3);
  });

  it("formulas: a fluent reader gets math, a reader who avoids it gets none", async () => {
    const fluentText = await replyFor(with_({ mathComfort: 3, domain: "physics", length: 2 }), "chat", "Why does ice float on water?");
    const avoidText = await replyFor(with_({ mathComfort: 0, domain: "physics", length: 2 }), "chat", "Why does ice float on water?");
    expect(fluentText).toContain("$$\n\\rho = \\frac{m}{V}");
    expect(avoidText).not.toContain("$");
    expect(measureFeatures(fluentText).mathComfort).toBeGreaterThan(1 / 3);
    expect(measureFeatures(avoidText).mathComfort ?? 0).toBeLessThan(0.2);
  });

  it("tone: formal and playful paragraphs give replies that measure that way", async () => {
    const formal = measureFeatures(await replyFor(with_({ tone: 0, length: 2 })));
    const playful = measureFeatures(await replyFor(with_({ tone: 3, length: 2 })));
    expect(snapOrdinal("tone", formal.tone!)).toBe(0);
    expect(snapOrdinal("tone", playful.tone!)).toBe(3);
  });

  it("density: plain and expert paragraphs give plain and dense prose", async () => {
    const plain = measureFeatures(await replyFor(with_({ density: 0, length: 2 })));
    const expert = measureFeatures(await replyFor(with_({ density: 3, length: 2 })));
    expect(expert.density!).toBeGreaterThan(plain.density! + 0.3);
  });

  it.each([
    ["es", "El texto dice esto", "El modelo offline no traduce"],
    ["fr", "Le texte avance ces points", "Le modèle hors ligne ne traduit pas"],
    ["de", "Der Text sagt Folgendes", "Das Offline-Modell übersetzt nicht"],
  ] as const)("language: a paragraph in %s gets replies in that language; a pasted English text is quoted, not translated", async (language, lead, untranslated) => {
    const atoms = with_({ language });
    expect(detectLanguage(await replyFor(atoms))).toBe(language);
    const text = "Vaccines expose the immune system to a harmless piece of a germ so that it learns to recognise it.";
    const explained = await replyFor(atoms, "explain", text);
    expect(explained).toContain(lead);
    expect(explained).toContain(untranslated);
    expect(await replyFor(atoms, "summarize", text)).toContain(untranslated);
  });

  it("no preamble: an ordinary English reply (nothing about the reader is made up)", async () => {
    const reply = await replyFor(null);
    expect(detectLanguage(reply)).toBe("en");
    expect(words(reply)).toBeGreaterThan(20);
  });
});
