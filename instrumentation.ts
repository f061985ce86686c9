/** Starts the job engine (drift sweep schedule, refinement checks) when the server starts, never at build. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { jobEngine } = await import("@/lib/jobs/runtime");
  await jobEngine();
}
