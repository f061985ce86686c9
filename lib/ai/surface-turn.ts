import "server-only";
import { createUIMessageStreamResponse, toUIMessageStream, type ModelMessage, type ToolSet } from "ai";
import { getDb } from "@/db/client";
import { insertResponse } from "@/db/queries/responses";
import { allInOrder } from "@/lib/errors";
import { logFailure } from "@/lib/log";
import { requireReplyQuota } from "@/lib/quotas/limits";
import { noteResponseStored } from "@/lib/refinement/trigger";
import { planChatTurn, planTemporaryChatTurn, type ChatTurnInput, type TemporaryChatInput } from "./chat-turn";
import { streamSurface, type CallSettings, type Part, type ReplyStatus } from "./harness";
import type { Surface } from "./prompts";
import { replyErrorText } from "./requests";
import { toContextDto, type ChatUIMessage, type ContextDto } from "./client-contract";

export type TextSurface = Exclude<Surface, "chat" | "gateway">;

/**
 * A gateway request (docs/gateway.md), already validated: the conversation the client sent, its system and
 * developer messages taken out (they go after the preamble), its settings, and the key that asked.
 */
export type GatewayTurnInput = {
  system: string[];
  messages: ModelMessage[];
  /** The question being answered (the last user message): what the reply is stored with. */
  prompt: string;
  settings: CallSettings;
  key: { id: string; app: string };
};

/** One turn on a surface: who asks, on which surface, what (already validated), and the request (its abort). */
export type SurfaceTurnRequest = { userId: string; request: Request } & (
  | { surface: "chat"; temporary?: false; input: ChatTurnInput }
  | { surface: "chat"; temporary: true; input: TemporaryChatInput }
  | { surface: "gateway"; temporary?: false; input: GatewayTurnInput }
  | { surface: TextSurface; temporary?: false; input: { text: string } }
);

export type SurfaceTurn = {
  /** The ai_response id the reply is stored under (thumbs, the chat message's id); a temporary reply's is never stored. */
  responseId: string;
  /** A temporary chat's turn: nothing stored, nothing counted, nothing to thumb. */
  temporary: boolean;
  /** What the model is given: the preamble with its version, the system prompt, the model's label. */
  context: ContextDto;
  /**
   * The harness's parts. It ends with `finish` only once the whole turn is stored; with an `error` part when
   * the model failed (the partial reply is stored as an error) or when storing failed (nothing was stored).
   */
  parts: ReadableStream<Part>;
  /** How the reply ended, once `parts` has closed (null before, or when it was not stored). */
  status: () => ReplyStatus | null;
};

/**
 * THE surface turn (docs/ai-surfaces.md): every doorway that gets a reply from the model (chat, explain,
 * summarize, the live preview, and an API gateway) calls this. Before anything streams it counts the reply
 * against the user's quota (lib/quotas/limits.ts), which decides first, and checks what must be checked (chat:
 * ownership and history); the reply streams through the harness; when it settles (complete, stopped or failed)
 * the whole turn, input and output, is written in one transaction; then every 20th stored reply queues a
 * refinement check. A temporary chat's turn is the same turn with nothing to store: no row is written,
 * no reply counted toward refinement, so nothing of it can feed signals, drift or refinement. Throws an
 * AppError before streaming (the handler answers 4xx); after that, failures travel in `parts`.
 */
export async function startSurfaceTurn(turn: SurfaceTurnRequest): Promise<SurfaceTurn> {
  const { userId, surface } = turn;
  const db = await getDb();
  // The quota, the surface's own reads (chat: ownership and history) and the harness's preamble read go out
  // together: one wait before streaming instead of three, which under load is two passes less through a busy
  // event loop. The quota still decides first: over it the turn is a 429 whatever the reads found, and nothing
  // is streamed or stored; then a failed check of the surface (a 404), then a failed preamble read.
  const planned = allInOrder([requireReplyQuota({ db, userId }), planTurn(turn, db)]).then(([, plan]) => plan);
  const responseId = crypto.randomUUID();
  let status: ReplyStatus | null = null;
  const run = await streamSurface({
    userId,
    surface,
    checked: planned.then((plan) => ({
      ...(plan.messages ? { messages: plan.messages } : { prompt: plan.prompt }),
      ...(plan.system ? { system: plan.system, settings: plan.settings } : {}),
    })),
    abortSignal: turn.request.signal,
    onSettled: async (outcome, context) => {
      // A reply settles only after it streamed, so the checks have passed: this is the plan they made.
      const { store, prompt } = await planned;
      if (store === null) {
        status = outcome.status;
        return;
      }
      let counted: number;
      try {
        counted = await store({
          id: responseId,
          prompt,
          text: outcome.text,
          summaryVersion: context.preamble.version,
          status: outcome.status,
        });
      } catch (err) {
        logFailure("surface", "storing a turn failed; nothing of it was kept", err, { surface, userId, responseId });
        throw err;
      }
      status = outcome.status;
      // Every 20th response of the account queues a refinement check (never fails the reply).
      if (outcome.status !== "error") await noteResponseStored({ userId, counted });
    },
  });
  const { store } = await planned;
  return { responseId, temporary: store === null, context: toContextDto(run), parts: run.stream, status: () => status };
}

type StoredReply = { id: string; prompt: string; text: string; summaryVersion: number; status: ReplyStatus };
type TurnPlan = {
  prompt: string;
  messages?: ModelMessage[];
  system?: string[];
  settings?: CallSettings;
  /**
   * Writes the whole turn and answers how many of the user's responses the refinement loop counts now; null for
   * a temporary chat, whose turns are never stored.
   */
  store: ((reply: StoredReply) => Promise<number>) | null;
};

/** What each surface sends and how it stores the turn; nothing is written before the reply settles. */
async function planTurn(turn: SurfaceTurnRequest, db: Awaited<ReturnType<typeof getDb>>): Promise<TurnPlan> {
  const { userId } = turn;
  if (turn.temporary) return planTemporaryChatTurn({ input: turn.input });
  if (turn.surface === "chat") return planChatTurn({ db, userId, input: turn.input });
  if (turn.surface === "gateway") {
    const { system, messages, prompt, settings, key } = turn.input;
    return {
      prompt,
      messages,
      system,
      settings,
      store: (reply) => insertResponse({ db, values: { ...reply, userId, surface: "gateway", apiKeyId: key.id, app: key.app } }),
    };
  }
  const surface = turn.surface;
  return { prompt: turn.input.text, store: (reply) => insertResponse({ db, values: { ...reply, userId, surface } }) };
}

/**
 * A turn as the AI SDK's UI message stream (what useChat and the text-surface hook read): the message id is the
 * response id; the start carries the metadata (ids, the preamble, the model), the finish the stored status.
 * Metadata travels in the stream, never in headers: a paragraph may be 3,000 characters of any script.
 */
export function surfaceTurnResponse(turn: SurfaceTurn, ids: { userId: string; surface: Surface }): Response {
  const { responseId, context } = turn;
  return createUIMessageStreamResponse({
    stream: toUIMessageStream<ToolSet, ChatUIMessage>({
      stream: turn.parts,
      generateMessageId: () => responseId,
      messageMetadata: ({ part }) => {
        if (part.type === "start") {
          const common = { summaryVersion: context.preamble.version, preamble: context.preamble, model: context.model };
          // A temporary reply has no stored id to thumb.
          return turn.temporary ? { ...common, temporary: true } : { ...common, responseId, thumb: null };
        }
        if (part.type === "finish") return { status: turn.status() ?? "complete" };
        return undefined;
      },
      onError: (err) => replyErrorText(err, { ...ids, responseId }),
    }),
  });
}
