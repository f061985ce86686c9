/**
 * The verbalizer's LLM path (L5) against a local server speaking the chat completions protocol: one bounded
 * fast-model call, and the offline verbalizer whenever that call fails, hangs past the timeout, or returns
 * something that is not a usable paragraph.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_ATOMS } from "@/lib/personality/atoms";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import { setEnv } from "@/tests/ai-fixtures";
import { startOpenAIStub, type OpenAIStub } from "@/tests/openai-stub";
import { VERBALIZER_INSTRUCTIONS } from "./prompts";
import { describeForModel, stripQuotes, verbalize, type VerbalizeInput } from "./verbalize";

const INPUT: VerbalizeInput = {
  atoms: { ...DEFAULT_ATOMS, tone: 0, length: 2, language: "de" },
  aboutMe: "I teach physics.",
  amendments: ["Use SI units."],
};
const PARAGRAPH = "Sie bevorzugen ausführliche, förmliche Antworten mit SI-Einheiten.";

describe("verbalize without a model", () => {
  it("uses the offline verbalizer", async () => {
    const restore = setEnv({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined });
    try {
      expect(await verbalize(INPUT)).toEqual({ text: verbalizeOffline(INPUT), by: "offline" });
    } finally {
      restore();
    }
  });
});

describe("verbalize with a model (local chat completions stub)", () => {
  let stub: OpenAIStub;
  let restore: () => void;
  beforeAll(async () => {
    stub = await startOpenAIStub();
    restore = setEnv({
      OPENAI_BASE_URL: stub.baseURL,
      OPENAI_API_KEY: undefined,
      OPENAI_FAST_MODEL: "stub-fast",
      VERBALIZER_TIMEOUT_MS: "300",
    });
  });
  afterAll(async () => {
    restore();
    await stub.close();
  });
  afterEach(() => {
    stub.requests.length = 0;
    vi.restoreAllMocks();
  });

  it("makes one bounded, non-streaming call to the fast model with the atoms by name", async () => {
    stub.behave({ kind: "reply", text: `"${PARAGRAPH}"` });
    expect(await verbalize(INPUT)).toEqual({ text: PARAGRAPH, by: "llm" });
    expect(stub.requests).toHaveLength(1);
    const { body } = stub.requests[0]!;
    expect(body.model).toBe("stub-fast");
    expect(body.stream).toBeFalsy();
    expect(body.messages[0]).toEqual({ role: "system", content: VERBALIZER_INSTRUCTIONS });
    expect(body.messages[1]).toEqual({ role: "user", content: describeForModel(INPUT) });
    expect(describeForModel(INPUT)).toMatch(/Tone: formal[\s\S]*Length: detailed[\s\S]*German[\s\S]*I teach physics[\s\S]*Use SI units/);
    // 700 tokens: room for 300 words in any of the eight languages (lib/ai/verbalize.ts).
    expect(body.max_tokens ?? body.max_completion_tokens).toBe(700);
  });

  it("falls back to the offline verbalizer when the server fails, without retrying", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    stub.behave({ kind: "status", status: 500 });
    expect(await verbalize(INPUT)).toMatchObject({ text: verbalizeOffline(INPUT), by: "offline" });
    expect(stub.requests).toHaveLength(1);
  });

  it("falls back when the call exceeds VERBALIZER_TIMEOUT_MS", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    stub.behave({ kind: "hang" });
    expect(await verbalize(INPUT)).toMatchObject({ text: verbalizeOffline(INPUT), by: "offline" });
    // The harness's abort (the call's one time bound), not a failure of the server, is what gave up.
    expect(warn.mock.calls).toEqual([[expect.stringMatching(/^\[verbalize\] using the offline verbalizer: .*timeout/i)]]);
  });

  it("falls back when the model's paragraph is empty or over 300 words", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    stub.behave({ kind: "reply", text: "word ".repeat(300) });
    expect((await verbalize(INPUT)).by).toBe("offline");
    stub.behave({ kind: "reply", text: "  " });
    expect((await verbalize(INPUT)).by).toBe("offline");
  });
});

describe("stripQuotes", () => {
  it("trims the quotes models like to wrap a paragraph in", () => {
    expect(stripQuotes('  "You like it short."\n')).toBe("You like it short.");
    expect(stripQuotes("“”")).toBe("");
  });
});
