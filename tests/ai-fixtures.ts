/** Shared setup for the AI surface integration tests: users, a stored paragraph, requests and stream reading. */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { personalitySummary, personalitySummaryVersion, users, type Provenance } from "@/db/schema";
import { DEFAULT_ATOMS } from "@/lib/personality/atoms";
import { resetEnvCache } from "@/lib/env";

export async function createUser(db: Db): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(users).values({ id });
  return id;
}

/** Stores a paragraph (and its history row) as the mirror would. */
export async function setSummary(
  db: Db,
  userId: string,
  { text, provenance = "user", version }: { text: string; provenance?: Provenance; version: number },
): Promise<void> {
  await db
    .insert(personalitySummary)
    .values({ userId, text, provenance, version })
    .onConflictDoUpdate({ target: personalitySummary.userId, set: { text, provenance, version } });
  await db.insert(personalitySummaryVersion).values({
    userId,
    version,
    text,
    provenance,
    reason: "test",
    atoms: { ...DEFAULT_ATOMS, aboutMe: "", version: 1 },
  });
}

export function jsonRequest(url: string, body: unknown, init: RequestInit = {}): Request {
  return new Request(`http://localhost${url}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...init,
  });
}

/** The UI message stream's chunks (SSE `data:` lines), in order. */
export async function uiChunks(res: Response): Promise<Array<{ type: string; [k: string]: unknown }>> {
  const text = await res.text();
  return text
    .split("\n")
    .filter((line) => line.startsWith("data: ") && line !== "data: [DONE]")
    .map((line) => JSON.parse(line.slice(6)));
}

export function streamedText(chunks: Array<{ type: string; [k: string]: unknown }>): string {
  return chunks
    .filter((c) => c.type === "text-delta")
    .map((c) => c.delta as string)
    .join("");
}

/** Sets environment variables for the app (the env module caches them) and returns a restore function. */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvCache();
  };
  apply(vars);
  return () => apply(before);
}

/** A user message as the chat client sends it: the AI SDK's UI message with one text part. */
export const userMessage = (text: string) => ({ role: "user", parts: [{ type: "text", text }] });

/**
 * Puts a test conversation's turns a minute apart, by the number in their texts (`Q12?` and `A12.` are turn 12;
 * a question and its reply keep one time, as the statement that stores a turn gives them). Tests store turns
 * faster than PGlite's clock, which counts milliseconds, tells apart; real turns are a model call apart.
 */
export async function spaceTurns(db: Db, conversationId: string): Promise<void> {
  await db.execute(sql`update message
    set created_at = timestamptz '2026-01-01 00:00:00+00' + regexp_replace(text, '\\D', '', 'g')::int * interval '1 minute'
    where conversation_id = ${conversationId}::uuid`);
}
