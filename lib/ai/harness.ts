import "server-only";
import { Output, generateText, streamText, type FlexibleSchema, type ModelMessage, type TextStreamPart, type ToolSet } from "ai";
import { allInOrder } from "@/lib/errors";
import { readPreamble, type Preamble } from "./preamble";
import { buildSystem, type Surface } from "./prompts";
import { selectModels, type ModelKind } from "./provider";

/**
 * THE harness (docs/design.md, L1): the only module that calls a model. Every surface gets
 * `system = preamble + "\n\n" + surface instructions`, with the preamble read fresh through readPreamble (no
 * cache, no per-surface override). tests/source-scan.test.ts enforces that nothing else calls a model or reads
 * the paragraph for prompting.
 */

export type ReplyStatus = "complete" | "stopped" | "error";
/** How a streamed reply ended, with everything the model produced up to then. */
export type Outcome = { text: string; status: ReplyStatus; error?: unknown };
export type ModelInfo = { kind: ModelKind; label: string };
/** What the model is (or was) given for a surface: the "What the AI sees" panel shows exactly this. */
export type SurfaceContext = { preamble: Preamble; system: string; model: ModelInfo };
export type Part = TextStreamPart<ToolSet>;

/** Output bounds per surface: generous for reading, small for the preview. */
const MAX_OUTPUT_TOKENS: Record<Surface, number> = { chat: 2000, explain: 2000, summarize: 1000, preview: 700, gateway: 4000 };

/**
 * What a caller may set on one call (the gateway passes its client's): sampling and stops. `maxOutputTokens`
 * can only lower the surface's bound, never raise it.
 */
export type CallSettings = {
  maxOutputTokens?: number;
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
  seed?: number;
  presencePenalty?: number;
  frequencyPenalty?: number;
};

/** Which model answers, without reading anything (labels for stored replies). */
export function currentModel(): ModelInfo {
  const { kind, label } = selectModels();
  return { kind, label };
}

/** The id of the model that answers, as OpenAI clients name it (the gateway serves only this one). */
export function currentModelId(): string {
  return selectModels().id;
}

/** The context the next call on this surface would get, for showing it before anything is sent. */
export async function surfaceContext({ userId, surface }: { userId: string; surface: Surface }): Promise<SurfaceContext> {
  const preamble = await readPreamble(userId);
  const { kind, label } = selectModels();
  return { preamble, system: buildSystem(preamble.text, surface), model: { kind, label } };
}

/** What one call asks the model: a prompt or a conversation, with the caller's own system messages and settings. */
export type SurfaceCall = ({ prompt: string; messages?: never } | { messages: ModelMessage[]; prompt?: never }) & {
  /**
   * The caller's own system messages (the gateway's client: its system and developer messages), sent after
   * the surface's system prompt, so the preamble always comes first.
   */
  system?: string[];
  settings?: CallSettings;
};

export type StreamSurfaceInput = {
  userId: string;
  surface: Surface;
  abortSignal?: AbortSignal;
  /**
   * Called exactly once when the reply ends (complete, stopped or failed), with the text produced. The returned
   * stream does not close until this has resolved, so whatever it stores exists before the client sees the end.
   */
  onSettled: (outcome: Outcome, context: SurfaceContext) => Promise<void>;
} & (
  | SurfaceCall
  /**
   * The call once the caller's checks before streaming have passed (the surface turn: quota, ownership,
   * history). The preamble is read meanwhile, so the two waits are one; a check that fails decides the error.
   */
  | { checked: Promise<SurfaceCall> }
);

/** Streams one reply on a surface. The returned stream carries `streamText`'s parts. */
export async function streamSurface(input: StreamSurfaceInput): Promise<SurfaceContext & { stream: ReadableStream<Part> }> {
  // The caller's checks decide first: a failed check is the error even when the read failed too.
  const [call, preamble] = await allInOrder(["checked" in input ? input.checked : input, readPreamble(input.userId)]);
  const models = selectModels();
  const context: SurfaceContext = {
    preamble,
    system: buildSystem(preamble.text, input.surface),
    model: { kind: models.kind, label: models.label },
  };
  const { maxOutputTokens, ...settings } = call.settings ?? {};
  const result = streamText({
    model: models.chat,
    instructions: instructionsOf(context.system, call.system),
    ...(call.messages ? { messages: call.messages } : { prompt: call.prompt! }),
    ...settings,
    maxOutputTokens: Math.min(maxOutputTokens ?? Infinity, MAX_OUTPUT_TOKENS[input.surface]),
    // One retry for a transient failure before any output; more would keep the reader waiting for an error.
    maxRetries: 1,
    abortSignal: input.abortSignal,
    // Errors are reported through the stream (an `error` part) and the outcome; this only keeps them out of stderr.
    onError: () => undefined,
  });
  return { ...context, stream: settleOnce(result.stream, (outcome) => input.onSettled(outcome, context)) };
}

/**
 * The system messages of a call, in order: the surface's system prompt (the preamble first), then the caller's.
 * An empty one is left out, so a gateway request with no paragraph reaches the model exactly as it was sent.
 */
function instructionsOf(system: string, extra: string[] = []): string | { role: "system"; content: string }[] | undefined {
  const all = [system, ...extra].filter((s) => s !== "");
  if (all.length === 0) return undefined;
  return all.length === 1 ? all[0] : all.map((content) => ({ role: "system" as const, content }));
}

/** The reply streamed but could not be stored: the client is told so instead of seeing a finished reply. */
export class ReplyNotStoredError extends Error {
  constructor(cause: unknown) {
    super("The reply could not be stored.", { cause });
    this.name = "ReplyNotStoredError";
  }
}

/**
 * The load bench's baseline (app/api/bench/baseline): the same model through the same streamText call as a
 * chat turn, with no database, no preamble and no session — what serving a streamed reply costs by itself.
 */
export function streamBaseline(input: { messages: ModelMessage[]; abortSignal?: AbortSignal }): ReadableStream<Part> {
  const result = streamText({
    model: selectModels().chat,
    instructions: buildSystem(null, "chat"),
    messages: input.messages,
    maxOutputTokens: MAX_OUTPUT_TOKENS.chat,
    maxRetries: 1,
    abortSignal: input.abortSignal,
    onError: () => undefined,
  });
  return result.stream;
}

/**
 * Passes the parts through while keeping the text, and decides the outcome once: a clean end is `complete`, an
 * abort (stop button, client gone) is `stopped`, an error part or a broken stream is `error`. The final
 * `finish` part is held back until `onSettled` has stored the result; when storing fails, the stream ends with
 * an error part (ReplyNotStoredError) instead, so a reply the user saw finish is a reply that was stored.
 * streamText's own callbacks do not cover every case (a provider stream that throws calls none of them), so
 * the outcome is read off the stream itself.
 */
export function settleOnce(source: ReadableStream<Part>, onSettled: (outcome: Outcome) => Promise<void>): ReadableStream<Part> {
  const reader = source.getReader();
  let text = "";
  let error: unknown;
  let hasError = false;
  let aborted = false;
  let finish: Part | undefined;
  let cancelled = false;
  let settled: Promise<ReplyNotStoredError | null> | undefined;
  const settle = (status: ReplyStatus) =>
    (settled ??= onSettled({ text, status, ...(hasError ? { error } : {}) }).then(
      () => null,
      (err: unknown) => new ReplyNotStoredError(err),
    ));

  return new ReadableStream<Part>({
    async pull(controller) {
      // Loop until something is enqueued: a pull that enqueues nothing would not be called again.
      for (;;) {
        let next: ReadableStreamReadResult<Part>;
        try {
          next = await reader.read();
        } catch (err) {
          hasError = true;
          error = err;
          const notStored = await settle(cancelled ? "stopped" : "error");
          if (cancelled) return;
          controller.enqueue({ type: "error", error: notStored ?? err });
          controller.close();
          return;
        }
        if (next.done) {
          const notStored = await settle(aborted ? "stopped" : hasError ? "error" : "complete");
          if (cancelled) return;
          if (notStored) controller.enqueue({ type: "error", error: notStored });
          else if (finish) controller.enqueue(finish);
          controller.close();
          return;
        }
        const part = next.value;
        if (part.type === "text-delta") text += part.text;
        else if (part.type === "abort") aborted = true;
        else if (part.type === "error" && !hasError) {
          hasError = true;
          error = part.error;
        } else if (part.type === "finish") {
          finish = part;
          continue;
        }
        controller.enqueue(part);
        return;
      }
    },
    async cancel(reason) {
      cancelled = true;
      aborted = true;
      await reader.cancel(reason);
      // Nobody is left to tell when storing fails here; the turn's own onSettled logs it.
      await settle(hasError ? "error" : "stopped");
    },
  });
}

/**
 * One bounded call to the fast model for write-time work (the verbalizer, L5). It writes the paragraph, so it
 * reads none: its input is the atoms, passed in `prompt`. Returns null when no model is configured (offline),
 * so the caller uses its deterministic fallback; throws on failure or when `timeoutMs` passes.
 */
export async function generateWithFastModel(input: {
  instructions: string;
  prompt: string;
  maxOutputTokens: number;
  timeoutMs: number;
  abortSignal?: AbortSignal;
}): Promise<string | null> {
  const models = selectModels();
  if (models.kind === "offline") return null;
  const { text } = await generateText({
    model: models.fast,
    instructions: input.instructions,
    prompt: input.prompt,
    maxOutputTokens: input.maxOutputTokens,
    // A retry would blow the time budget; the caller falls back instead.
    maxRetries: 0,
    abortSignal: input.abortSignal
      ? AbortSignal.any([input.abortSignal, AbortSignal.timeout(input.timeoutMs)])
      : AbortSignal.timeout(input.timeoutMs),
  });
  return text;
}

/**
 * One bounded fast-model call whose answer must satisfy `schema` (structured output): the refinement judge (L6).
 * Like generateWithFastModel it reads no paragraph itself; what the model judges is passed in `prompt`. Returns
 * null offline. Throws when the call fails, passes `timeoutMs`, or answers something the schema rejects
 * (malformed or cut off at `maxOutputTokens`); the caller decides whether to try again.
 */
export async function generateObjectWithFastModel<T>(input: {
  instructions: string;
  prompt: string;
  schema: FlexibleSchema<T>;
  maxOutputTokens: number;
  timeoutMs: number;
}): Promise<T | null> {
  const models = selectModels();
  if (models.kind === "offline") return null;
  const result = await generateText({
    model: models.fast,
    instructions: input.instructions,
    prompt: input.prompt,
    output: Output.object({ schema: input.schema }),
    maxOutputTokens: input.maxOutputTokens,
    maxRetries: 0,
    abortSignal: AbortSignal.timeout(input.timeoutMs),
  });
  return result.output as T;
}
