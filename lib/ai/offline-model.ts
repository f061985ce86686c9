/**
 * The offline demo model (docs/design.md, "Surfaces"): a deterministic local language model behind the AI SDK's
 * LanguageModelV4 interface, so the harness calls it exactly like a hosted one. It reads the reader's paragraph
 * and the message (offline-reader.ts), finds the message's topic in its bundled library (topics/search.ts) and
 * answers from it in the paragraph's style (offline-answer.ts); Explain and Summarize work on the pasted text
 * (offline-text.ts). A question outside the library gets an honest reply, never invented content. Same prompt,
 * same reply. Optional fault injection lets tests exercise the failure paths of every caller.
 */
import {
  APICallError,
  type LanguageModelV4,
  type LanguageModelV4CallOptions,
  type LanguageModelV4FinishReason,
  type LanguageModelV4Prompt,
  type LanguageModelV4StreamPart,
  type LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { writeAnswer, writeUnknown } from "./offline-answer";
import { readPrompt } from "./offline-reader";
import { writeExplanation, writeSummary } from "./offline-text";
import { findTopic, queryTerms } from "./topics/search";

export const OFFLINE_MODEL_LABEL = "offline demo model";
export const OFFLINE_PROVIDER = "offline";
export const OFFLINE_MODEL_ID = "offline-demo";

/**
 * Faults for tests. `reject`: the call fails before any output, like an unreachable server. `midstream`: a
 * stream delivers `afterChunks` deltas and then an `error` part (or, with `throws`, the stream itself errors);
 * doGenerate rejects. `hang`: nothing until the call's abort signal fires (timeouts). `times` limits the fault
 * to the first n calls, so a retry or a second request succeeds.
 */
export type OfflineFault = { times?: number; message?: string } & (
  | { kind: "reject" }
  | { kind: "midstream"; afterChunks: number; throws?: boolean }
  | { kind: "hang" }
);

export type OfflineModelOptions = {
  /** Pause before each streamed chunk: 0 (tests) by default; ~15 ms makes the streaming visible in the app. */
  delayMs?: number;
  fail?: OfflineFault;
};

/** The reply the offline model gives to a prompt, without the AI SDK around it. */
export function offlineReply(prompt: LanguageModelV4Prompt): string {
  const system = prompt
    .filter((m) => m.role === "system")
    .map((m) => m.content)
    .join("\n\n");
  const userMessages = prompt.flatMap((m) =>
    m.role === "user" ? [m.content.map((part) => (part.type === "text" ? part.text : "")).join("")] : [],
  );
  const reading = readPrompt(system, userMessages);
  const { targets, mode, message } = reading;
  if (mode === "summarize") return writeSummary(message, targets);
  if (mode === "explain") return writeExplanation(message, targets);
  // A follow-up without a subject of its own ("and with equations?") is about the conversation's last topic.
  const asked = [message, ...(queryTerms(message).length === 0 ? reading.earlier : [])];
  const hit = asked.reduce<ReturnType<typeof findTopic>>((found, m) => found ?? findTopic(m), undefined);
  // With no language from the paragraph or the message, the answer takes the language its topic was found in.
  const language = reading.languageKnown || !hit?.language ? targets.language : hit.language;
  if (!hit) return writeUnknown(language);
  const seed = hash(`${system}\u0000${userMessages.join("\u0000")}`);
  return writeAnswer({ topic: hit.topic, targets: { ...targets, language }, oneSentence: reading.oneSentence, seed });
}

/** FNV-1a: a stable 32-bit seed from the prompt, so the same prompt always gives the same reply. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Word-sized chunks (with their trailing space) that concatenate back to the text exactly. */
function chunksOf(text: string): string[] {
  const chunks = text.match(/\S+\s*/g) ?? [];
  const lead = /^\s*/.exec(text)![0];
  if (lead && chunks.length > 0) chunks[0] = lead + chunks[0];
  return chunks.length > 0 ? chunks : text ? [text] : [];
}

const promptTokens = (prompt: LanguageModelV4Prompt) =>
  prompt
    .flatMap((m) => (typeof m.content === "string" ? [m.content] : m.content.map((p) => ("text" in p ? p.text : ""))))
    .join(" ")
    .split(/\s+/)
    .filter(Boolean).length;

function usage(input: number, output: number): LanguageModelV4Usage {
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

const faultError = (fault: OfflineFault) =>
  new APICallError({
    message: fault.message ?? `offline model: injected ${fault.kind} fault`,
    url: "offline://demo",
    requestBodyValues: {},
    isRetryable: false,
  });

export function createOfflineModel(options: OfflineModelOptions = {}): LanguageModelV4 {
  const delayMs = options.delayMs ?? 0;
  let calls = 0;

  /** The fault for this call, if any; `reject` and `hang` act here, before any output. */
  async function enter(signal: AbortSignal | undefined): Promise<OfflineFault | undefined> {
    calls++;
    const fault = options.fail;
    if (!fault || (fault.times !== undefined && calls > fault.times)) return undefined;
    if (fault.kind === "reject") throw faultError(fault);
    if (fault.kind === "hang") {
      await new Promise<never>((_, reject) => {
        if (signal?.aborted) reject(abortError(signal));
        signal?.addEventListener("abort", () => reject(abortError(signal)), { once: true });
      });
    }
    return fault;
  }

  /** The reply's chunks, cut at maxOutputTokens (one chunk ≈ one token) as a hosted model would. */
  function respond(call: LanguageModelV4CallOptions) {
    const all = chunksOf(offlineReply(call.prompt));
    const max = call.maxOutputTokens ?? Infinity;
    const chunks = all.length > max ? all.slice(0, max) : all;
    const finishReason: LanguageModelV4FinishReason =
      chunks.length < all.length ? { unified: "length", raw: "length" } : { unified: "stop", raw: "stop" };
    return { chunks, finishReason, usage: usage(promptTokens(call.prompt), chunks.length), id: `offline-${calls}` };
  }

  return {
    specificationVersion: "v4",
    provider: OFFLINE_PROVIDER,
    modelId: OFFLINE_MODEL_ID,
    supportedUrls: {},

    async doGenerate(call) {
      const fault = await enter(call.abortSignal);
      if (fault) throw faultError(fault);
      const { chunks, finishReason, usage, id } = respond(call);
      return {
        content: [{ type: "text", text: chunks.join("") }],
        finishReason,
        usage,
        warnings: [],
        response: { id, modelId: OFFLINE_MODEL_ID, timestamp: new Date() },
      };
    },

    async doStream(call) {
      const fault = await enter(call.abortSignal);
      const { chunks, finishReason, usage, id } = respond(call);
      const breakAt = fault?.kind === "midstream" ? fault.afterChunks : Infinity;
      const signal = call.abortSignal;
      let step = 0;
      let cancelled = false;

      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        async pull(controller) {
          if (step === 0) {
            controller.enqueue({ type: "stream-start", warnings: [] });
            controller.enqueue({ type: "response-metadata", id, modelId: OFFLINE_MODEL_ID, timestamp: new Date() });
            controller.enqueue({ type: "text-start", id: "text-0" });
          }
          const index = step++;
          if (index < chunks.length && index < breakAt) {
            try {
              await sleep(delayMs, signal);
            } catch (error) {
              if (!cancelled) controller.error(error);
              return;
            }
            if (!cancelled) controller.enqueue({ type: "text-delta", id: "text-0", delta: chunks[index]! });
            return;
          }
          if (fault?.kind === "midstream") {
            if (fault.throws) controller.error(faultError(fault));
            else {
              controller.enqueue({ type: "error", error: faultError(fault) });
              controller.enqueue({ type: "finish", finishReason: { unified: "error", raw: "error" }, usage });
              controller.close();
            }
            return;
          }
          controller.enqueue({ type: "text-end", id: "text-0" });
          controller.enqueue({ type: "finish", finishReason, usage });
          controller.close();
        },
        cancel() {
          cancelled = true;
        },
      });
      return { stream };
    },
  };
}
