import "server-only";
import { getDb, type Db } from "@/db/client";
import { verbalize } from "@/lib/ai/verbalize";
import type { MirrorDeps } from "./mirror";

/** What every writer needs: the database, the user (from the session only), and the mirror's dependencies. */
export type WriterContext = { db: Db; userId: string; deps: MirrorDeps };

/** The app's context: the shared database and the real verbalizer (model when configured, offline otherwise). */
export async function writerContext(userId: string): Promise<WriterContext> {
  return { db: await getDb(), userId, deps: { verbalize } };
}
