/**
 * Imported first by bench/run.ts, before any app module reads the environment (lib/env.ts caches it on first
 * use). DATABASE_URL names the server the bench creates its own databases on; the app code under test must
 * never open it directly, so it is taken out of the environment here. No model key: the offline model and the
 * offline verbalizer answer, with no pause between streamed chunks.
 */
import { QUOTA_VARIABLES } from "@/lib/quotas/rules";

export const ADMIN_DATABASE_URL = process.env.DATABASE_URL?.trim() || null;

delete process.env.DATABASE_URL;
delete process.env.OPENAI_API_KEY;
delete process.env.OPENAI_BASE_URL;
process.env.OFFLINE_MODEL_DELAY_MS = "0";
// Should anything call getDb() before a benchmark installed its database, it gets a throwaway one.
process.env.PGLITE_DATA_DIR = "memory://";
// The quotas stay on (their statements run, and the bench reports what they cost) with limits no run reaches:
// every sign-in, guest and reply of the bench comes from one address and a few users. Spawned servers inherit them.
for (const name of QUOTA_VARIABLES) {
  process.env[name] = "1000000000";
}
