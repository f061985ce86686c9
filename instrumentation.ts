/**
 * Runs once when the server starts, never at build: refuses to start without what every request needs (a
 * valid environment, the auth secret in production) so a load balancer never sees a "Ready" server that
 * answers 500; then starts the job engine (drift sweep and guest purge schedules, refinement checks).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitUnlessServable } = await import("@/lib/auth/startup");
  await exitUnlessServable();
  const { jobEngine } = await import("@/lib/jobs/runtime");
  await jobEngine();
}
