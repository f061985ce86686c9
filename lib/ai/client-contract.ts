/**
 * What the server tells the browser about AI replies: shared by the route handlers and the client components,
 * so it holds types and pure helpers only (no server imports).
 */
import type { UIMessage } from "ai";
import type { StoredChatMessage } from "@/db/queries/chat";
import type { Provenance } from "@/db/schema";
import type { ModelInfo, ReplyStatus, SurfaceContext } from "./harness";

/** The preamble a reply was written with (`text` null: none), as the "What the AI sees" panel shows it. */
export type SentPreamble = { text: string | null; provenance: Provenance; version: number };
export type ModelLabel = { label: string; offline: boolean };

/** The surface context as JSON for the client (GET /api/chat/context and the pages' initial props). */
export type ContextDto = { preamble: SentPreamble; system: string; model: ModelLabel };

export function toContextDto(context: SurfaceContext): ContextDto {
  return {
    preamble: { text: context.preamble.text, provenance: context.preamble.provenance, version: context.preamble.version },
    system: context.system,
    model: toModelLabel(context.model),
  };
}

export function toModelLabel(model: ModelInfo): ModelLabel {
  return { label: model.label, offline: model.kind === "offline" };
}

/** Metadata of an assistant message: sent on the stream's start (ids, preamble) and finish (status). */
export type ChatMetadata = {
  responseId?: string;
  /** The paragraph version the reply was written with (0: none). */
  summaryVersion?: number;
  /** The full preamble: on replies streamed in this session; stored replies keep only the version. */
  preamble?: SentPreamble;
  model?: ModelLabel;
  status?: ReplyStatus;
  thumb?: Thumb | null;
  /** A temporary chat's reply: never stored, so it has no response id and cannot be thumbed. */
  temporary?: boolean;
};
export type ChatUIMessage = UIMessage<ChatMetadata>;

export type Thumb = "up" | "down";
export const thumbToDb = (t: Thumb | null): 1 | -1 | null => (t === "up" ? 1 : t === "down" ? -1 : null);
export const thumbFromDb = (n: number | null): Thumb | null => (n === 1 ? "up" : n === -1 ? "down" : null);

/** GET /api/preview: the latest stored preview, if any. */
export type StoredPreview = {
  preview: { responseId: string; text: string; summaryVersion: number; status: string; thumb: Thumb | null } | null;
  model: ModelLabel;
};

/** Stored messages as the chat client renders them; an assistant message's id is its response id. */
export function toUIMessages(stored: StoredChatMessage[], model: ModelLabel): ChatUIMessage[] {
  return stored.map((m) =>
    m.role === "user"
      ? { id: m.id, role: "user", parts: [{ type: "text", text: m.text }] }
      : {
          id: m.responseId ?? m.id,
          role: "assistant",
          parts: [{ type: "text", text: m.text }],
          metadata: {
            ...(m.responseId ? { responseId: m.responseId } : {}),
            summaryVersion: m.summaryVersion ?? 0,
            status: m.status ?? "complete",
            thumb: thumbFromDb(m.thumb),
            model,
          },
        },
  );
}

export function textOf(message: Pick<UIMessage, "parts">): string {
  return message.parts.map((p) => (p.type === "text" ? p.text : "")).join("");
}
