import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { MockLanguageModelV4 } from "ai/test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ReplyNotStoredError, generateWithFastModel, settleOnce, streamSurface, surfaceContext, type Outcome, type Part } from "./harness";
import { readPreamble, type Preamble } from "./preamble";
import { PREAMBLE_SEPARATOR, SURFACES, SURFACE_INSTRUCTIONS } from "./prompts";
import { selectModels, type Models } from "./provider";

vi.mock("./preamble", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./preamble")>()),
  readPreamble: vi.fn(),
}));
vi.mock("./provider", () => ({ selectModels: vi.fn() }));

const PARAGRAPH = "You like short answers in plain words, with no formulas.";
const withPreamble: Preamble = { text: PARAGRAPH, provenance: "user", version: 7 };
const none: Preamble = { text: null, provenance: "empty", version: 0 };

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 1, text: 1, reasoning: 0 },
};

/** A model that streams `words`, optionally failing after `failAfter` of them (error part, or a broken stream). */
function scriptedModel(words: string[], opts: { failAfter?: number; throws?: boolean } = {}) {
  return new MockLanguageModelV4({
    doStream: async () => {
      let i = 0;
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          pull(c) {
            if (i === 0) c.enqueue({ type: "text-start", id: "t" });
            if (opts.failAfter !== undefined && i === opts.failAfter) {
              if (opts.throws) return c.error(new Error("connection reset"));
              c.enqueue({ type: "error", error: new Error("upstream 500") });
              c.close();
              return;
            }
            if (i < words.length) {
              c.enqueue({ type: "text-delta", id: "t", delta: words[i++]! });
              return;
            }
            c.enqueue({ type: "text-end", id: "t" });
            c.enqueue({ type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage });
            c.close();
          },
        }),
      };
    },
    doGenerate: async () => ({
      content: [{ type: "text", text: "A paragraph." }],
      finishReason: { unified: "stop", raw: "stop" },
      usage,
      warnings: [],
    }),
  });
}

function withModel(model: MockLanguageModelV4, kind: Models["kind"] = "openai") {
  vi.mocked(selectModels).mockReturnValue({ kind, chat: model, fast: model, label: "test-model", id: "test-model" });
}

async function drain(stream: ReadableStream<Part>): Promise<Part[]> {
  const parts: Part[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}

const systemOf = (model: MockLanguageModelV4) => {
  const first = model.doStreamCalls[0]!.prompt[0]!;
  expect(first.role).toBe("system");
  return first.content as string;
};

beforeEach(() => {
  vi.mocked(readPreamble).mockReset();
  vi.mocked(selectModels).mockReset();
});

describe("streamSurface: one harness for every surface", () => {
  it.each(SURFACES)("%s gets system = preamble + blank line + its instructions", async (surface) => {
    vi.mocked(readPreamble).mockResolvedValue(withPreamble);
    const model = scriptedModel(["Hi."]);
    withModel(model);
    const run = await streamSurface({ userId: "u", surface, prompt: "Why?", onSettled: async () => undefined });
    await drain(run.stream);
    const system = systemOf(model);
    expect(system.startsWith(`${PARAGRAPH}${PREAMBLE_SEPARATOR}${SURFACE_INSTRUCTIONS[surface]}`)).toBe(true);
    expect(run.system).toBe(system);
    expect(run.preamble).toEqual(withPreamble);
  });

  it.each(SURFACES.filter((s) => s !== "gateway"))("%s with an empty reading brain gets no preamble at all", async (surface) => {
    vi.mocked(readPreamble).mockResolvedValue(none);
    const model = scriptedModel(["Hi."]);
    withModel(model);
    const run = await streamSurface({ userId: "u", surface, prompt: "Why?", onSettled: async () => undefined });
    await drain(run.stream);
    expect(systemOf(model)).toBe(SURFACE_INSTRUCTIONS[surface]);
    expect(systemOf(model)).not.toContain(PREAMBLE_SEPARATOR);
    expect(run.preamble.version).toBe(0);
  });

  it("a call given once the caller's checks pass: the preamble is read meanwhile; a failed check decides the error and calls no model", async () => {
    let checksDone!: (call: { prompt: string; system: string[] }) => void;
    const checks = new Promise<{ prompt: string; system: string[] }>((resolve) => (checksDone = resolve));
    vi.mocked(readPreamble).mockResolvedValue(withPreamble);
    const model = scriptedModel(["Hi."]);
    withModel(model);
    const started = streamSurface({ userId: "u", surface: "gateway", checked: checks, onSettled: async () => undefined });
    // The preamble read went out before the checks had answered.
    await vi.waitFor(() => expect(readPreamble).toHaveBeenCalledWith("u"));
    expect(model.doStreamCalls).toHaveLength(0);
    checksDone({ prompt: "Why?", system: ["Be terse."] });
    await drain((await started).stream);
    const prompt = model.doStreamCalls[0]!.prompt;
    expect(prompt.map((m) => m.role)).toEqual(["system", "system", "user"]);
    expect(prompt[1]!.content).toBe("Be terse.");

    // A failed check is the error, even when the preamble read failed too; no model is called.
    vi.mocked(readPreamble).mockRejectedValue(new Error("database down"));
    const refused = new Error("over the quota");
    const unused = scriptedModel(["Hi."]);
    withModel(unused);
    await expect(streamSurface({ userId: "u", surface: "chat", checked: Promise.reject(refused), onSettled: async () => undefined })).rejects.toBe(refused);
    await expect(streamSurface({ userId: "u", surface: "chat", checked: Promise.resolve({ prompt: "q" }), onSettled: async () => undefined })).rejects.toThrow(
      "database down",
    );
    expect(unused.doStreamCalls).toHaveLength(0);
  });

  it("gateway: the preamble, then the caller's system messages; with an empty reading brain, only the caller's", async () => {
    vi.mocked(readPreamble).mockResolvedValue(withPreamble);
    const model = scriptedModel(["Hi."]);
    withModel(model);
    const input = { userId: "u", surface: "gateway" as const, prompt: "Why?", system: ["You are an app.", "Be terse."], onSettled: async () => undefined };
    await drain((await streamSurface(input)).stream);
    const prompt = model.doStreamCalls[0]!.prompt;
    expect(prompt.map((m) => m.role)).toEqual(["system", "system", "system", "user"]);
    expect((prompt[0]!.content as string).startsWith(`${PARAGRAPH}${PREAMBLE_SEPARATOR}`)).toBe(true);
    expect(prompt.slice(1, 3).map((m) => m.content)).toEqual(["You are an app.", "Be terse."]);

    vi.mocked(readPreamble).mockResolvedValue(none);
    const bare = scriptedModel(["Hi."]);
    withModel(bare);
    await drain((await streamSurface({ ...input, system: [] })).stream);
    expect(bare.doStreamCalls[0]!.prompt.map((m) => m.role)).toEqual(["user"]);
  });

  it("a caller's maxOutputTokens lowers the surface's bound, never raises it", async () => {
    vi.mocked(readPreamble).mockResolvedValue(none);
    for (const [asked, sent] of [[50, 50], [1_000_000, 4000]] as const) {
      const model = scriptedModel(["x"]);
      withModel(model);
      const run = await streamSurface({ userId: "u", surface: "gateway", prompt: "q", settings: { maxOutputTokens: asked, temperature: 0.2 }, onSettled: async () => undefined });
      await drain(run.stream);
      expect(model.doStreamCalls[0]).toMatchObject({ maxOutputTokens: sent, temperature: 0.2 });
    }
  });

  it("reads the paragraph afresh on every call: no cache between store and harness", async () => {
    vi.mocked(readPreamble)
      .mockResolvedValueOnce(withPreamble)
      .mockResolvedValueOnce({ text: "You want long, formal answers.", provenance: "evolved", version: 8 });
    const first = scriptedModel(["a"]);
    withModel(first);
    await drain((await streamSurface({ userId: "u", surface: "chat", prompt: "q", onSettled: async () => undefined })).stream);
    const second = scriptedModel(["b"]);
    withModel(second);
    await drain((await streamSurface({ userId: "u", surface: "explain", prompt: "q", onSettled: async () => undefined })).stream);
    expect(readPreamble).toHaveBeenCalledTimes(2);
    expect(systemOf(second).startsWith("You want long, formal answers.\n\n")).toBe(true);
  });

  it("reports a clean end as complete with the full text, and stores it before the stream ends", async () => {
    vi.mocked(readPreamble).mockResolvedValue(withPreamble);
    withModel(scriptedModel(["Ice ", "floats."]));
    const events: string[] = [];
    const run = await streamSurface({
      userId: "u",
      surface: "chat",
      prompt: "q",
      onSettled: async (outcome, context) => {
        await new Promise((r) => setTimeout(r, 20));
        events.push(`settled:${outcome.status}:${outcome.text}:v${context.preamble.version}`);
      },
    });
    for (const part of await drain(run.stream)) if (part.type === "finish") events.push("finish");
    expect(events).toEqual(["settled:complete:Ice floats.:v7", "finish"]);
  });

  it("passes the surface's output bound to the model", async () => {
    vi.mocked(readPreamble).mockResolvedValue(none);
    const model = scriptedModel(["x"]);
    withModel(model);
    await drain((await streamSurface({ userId: "u", surface: "preview", prompt: "q", onSettled: async () => undefined })).stream);
    // The preview's bound in lib/ai/harness.ts (MAX_OUTPUT_TOKENS): a few sentences.
    expect(model.doStreamCalls[0]!.maxOutputTokens).toBe(700);
  });

  it("surfaceContext shows the same system prompt without calling the model", async () => {
    vi.mocked(readPreamble).mockResolvedValue(withPreamble);
    const model = scriptedModel(["x"]);
    withModel(model, "offline");
    const context = await surfaceContext({ userId: "u", surface: "summarize" });
    expect(context.system.startsWith(`${PARAGRAPH}\n\n${SURFACE_INSTRUCTIONS.summarize}`)).toBe(true);
    expect(context.model).toEqual({ kind: "offline", label: "test-model" });
    expect(model.doStreamCalls).toHaveLength(0);
  });
});

/** A reply that streamed "ok" and finished cleanly. */
const finishedSource = () =>
  new ReadableStream<Part>({
    start(c) {
      c.enqueue({ type: "text-delta", id: "t", text: "ok" });
      c.enqueue({ type: "finish", finishReason: "stop", rawFinishReason: "stop", totalUsage: {} } as unknown as Part);
      c.close();
    },
  });

describe("settleOnce: every way a reply can end is recorded once", () => {
  async function run(model: MockLanguageModelV4, opts: { abortAfter?: number } = {}) {
    vi.mocked(readPreamble).mockResolvedValue(none);
    withModel(model);
    const outcomes: Outcome[] = [];
    const controller = new AbortController();
    const result = await streamSurface({
      userId: "u",
      surface: "chat",
      prompt: "q",
      abortSignal: controller.signal,
      onSettled: async (o) => {
        outcomes.push(o);
      },
    });
    const parts: Part[] = [];
    const reader = result.stream.getReader();
    let deltas = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      if (value.type === "text-delta" && ++deltas === opts.abortAfter) controller.abort();
    }
    return { outcomes, parts };
  }

  it("an error part mid-stream: status error, the partial text kept", async () => {
    const { outcomes, parts } = await run(scriptedModel(["One ", "two ", "three"], { failAfter: 2 }));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: "error", text: "One two " });
    expect(parts.some((p) => p.type === "error")).toBe(true);
  });

  it("a stream that breaks: status error, and the consumer still gets an error part instead of a throw", async () => {
    const { outcomes, parts } = await run(scriptedModel(["One ", "two"], { failAfter: 1, throws: true }));
    expect(outcomes).toEqual([expect.objectContaining({ status: "error", text: "One " })]);
    expect(parts.at(-1)?.type).toBe("error");
  });

  it("an abort (the stop button): status stopped with what was written", async () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i} `);
    const { outcomes } = await run(scriptedModel(words), { abortAfter: 3 });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.status).toBe("stopped");
    expect(outcomes[0]!.text.startsWith("w0 w1 w2 ")).toBe(true);
    expect(outcomes[0]!.text.length).toBeLessThan(words.join("").length);
  });

  it("the consumer going away (client disconnect): status stopped", async () => {
    const outcomes: Outcome[] = [];
    const source = new ReadableStream<Part>({
      start(c) {
        c.enqueue({ type: "text-delta", id: "t", text: "Half " });
      },
    });
    const stream = settleOnce(source, async (o) => {
      outcomes.push(o);
    });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel("gone");
    expect(outcomes).toEqual([{ text: "Half ", status: "stopped" }]);
  });

  it("a failure to store ends the stream with an error part instead of its finish (never a finished reply)", async () => {
    const source = finishedSource();
    const parts = await drain(
      settleOnce(source, async () => {
        throw new Error("db down");
      }),
    );
    expect(parts.map((p) => p.type)).toEqual(["text-delta", "error"]);
    const error = (parts[1] as { error: unknown }).error;
    expect(error).toBeInstanceOf(ReplyNotStoredError);
    expect((error as Error).cause).toEqual(new Error("db down"));
  });

  it("stored: the held-back finish part ends the stream", async () => {
    const source = finishedSource();
    const parts = await drain(settleOnce(source, async () => undefined));
    expect(parts.map((p) => p.type)).toEqual(["text-delta", "finish"]);
  });
});

describe("generateWithFastModel: the verbalizer's bounded call", () => {
  it("returns null without a configured model, so the caller uses its offline fallback", async () => {
    const model = scriptedModel([]);
    withModel(model, "offline");
    await expect(generateWithFastModel({ instructions: "i", prompt: "p", maxOutputTokens: 10, timeoutMs: 100 })).resolves.toBeNull();
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it("makes one bounded call and never reads the paragraph", async () => {
    const model = scriptedModel([]);
    withModel(model);
    const text = await generateWithFastModel({ instructions: "Write it.", prompt: "Tone: formal", maxOutputTokens: 50, timeoutMs: 1000 });
    expect(text).toBe("A paragraph.");
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(model.doGenerateCalls[0]!.maxOutputTokens).toBe(50);
    expect(readPreamble).not.toHaveBeenCalled();
  });
});
