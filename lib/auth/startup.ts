import { env } from "@/lib/env";
import { sessionSecret } from "./secret";

/** Why this process cannot serve (invalid environment, production without the auth secret), or null. */
export async function startupProblem(): Promise<string | null> {
  try {
    await sessionSecret(env());
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Ends the process with status 1 and a clear message when it cannot serve (called once, at server start). */
export async function exitUnlessServable(): Promise<void> {
  const problem = await startupProblem();
  if (!problem) return;
  console.error(`[startup] Profile Maker cannot start: ${problem}`);
  process.exit(1);
}
