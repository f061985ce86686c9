import "server-only";
import { createOpenAI } from "@ai-sdk/openai";
import { wrapLanguageModel, type LanguageModel } from "ai";
import { env, type Env } from "@/lib/env";
import { coalesceTextDeltas } from "./coalesce";
import { OFFLINE_MODEL_ID, OFFLINE_MODEL_LABEL, createOfflineModel } from "./offline-model";

export type ModelKind = "openai" | "compatible" | "offline";

export type Models = {
  kind: ModelKind;
  /** The model for the chat and the other reading surfaces. */
  chat: LanguageModel;
  /** The fast model for write-time work (the verbalizer). */
  fast: LanguageModel;
  /** What the UI shows beside a reply: "offline demo model", or the model's name. */
  label: string;
  /** The chat model's id, as an OpenAI client names it (the gateway's GET /v1/models). */
  id: string;
};

/**
 * Model selection, from the environment only:
 * - OPENAI_BASE_URL: any OpenAI-compatible server (Ollama, vLLM, …). The key is optional there.
 * - OPENAI_API_KEY alone: OpenAI itself.
 * - neither: the offline demo model, so the app works on a fresh machine with no key.
 * Both real paths use the chat completions API: every compatible server speaks it, and it is the protocol our
 * stub-server tests exercise, so the path we ship is the path we test.
 * Only lib/ai/harness.ts imports this module (tests/source-scan.test.ts).
 */
export function selectModels(e: Env = env()): Models {
  if (!e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) {
    // Its word-sized chunks are merged into a handful per reply (lib/ai/coalesce.ts).
    const model = wrapLanguageModel({
      model: createOfflineModel({ delayMs: e.OFFLINE_MODEL_DELAY_MS }),
      middleware: coalesceTextDeltas(),
    });
    return { kind: "offline", chat: model, fast: model, label: OFFLINE_MODEL_LABEL, id: OFFLINE_MODEL_ID };
  }
  const provider = createOpenAI({
    // Local servers ignore the key but the client insists on one; never sent anywhere but OPENAI_BASE_URL.
    apiKey: e.OPENAI_API_KEY ?? "no-key",
    ...(e.OPENAI_BASE_URL ? { baseURL: e.OPENAI_BASE_URL } : {}),
  });
  return {
    kind: e.OPENAI_BASE_URL ? "compatible" : "openai",
    chat: provider.chat(e.OPENAI_CHAT_MODEL),
    fast: provider.chat(e.OPENAI_FAST_MODEL),
    label: e.OPENAI_CHAT_MODEL,
    id: e.OPENAI_CHAT_MODEL,
  };
}
