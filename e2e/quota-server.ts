/**
 * A second `next start` of the same build with LOW quotas, for e2e/quotas.spec.ts only: the shared e2e server
 * keeps every quota out of reach (playwright.config.ts), since all specs come from one address and some users
 * reply dozens of times. Started and stopped by the spec itself, on E2E_PORT + 1 with its own wiped data folder.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { QUOTA_VARIABLES } from "../lib/quotas/rules";

export { QUOTA_VARIABLES };

export const QUOTA_PORT = Number(process.env.E2E_PORT ?? 3200) + 1;
export const QUOTA_URL = `http://localhost:${QUOTA_PORT}`;

/** The low limits the spec runs into (the rest stay out of reach). */
export const LOW = { guestReplies: 2, accountReplies: 5, signInsPerEmail: 2, signUpsPerEmail: 2 } as const;

export class QuotaServer {
  private child: ChildProcess | null = null;

  async start(): Promise<void> {
    const dataDir = `${process.env.E2E_DATA_DIR ?? ".data/e2e"}-quotas`;
    this.child = spawn("node", ["scripts/e2e-server.mjs"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        // The build the shared e2e server just made (or reused): never a second `next build`.
        E2E_SKIP_BUILD: "1",
        E2E_PORT: String(QUOTA_PORT),
        NODE_ENV: "production",
        DATA_DIR: dataDir,
        PGLITE_DATA_DIR: `${dataDir}/pglite`,
        SESSION_SECRET: "e2e-quota-secret-0123456789-0123456789-0123",
        SESSION_COOKIE_SECURE: "false",
        APP_URL: QUOTA_URL,
        NEXT_TELEMETRY_DISABLED: "1",
        OFFLINE_MODEL_DELAY_MS: "5",
        DRIFT_SWEEP_CRON: "off",
        ...Object.fromEntries(QUOTA_VARIABLES.map((name) => [name, "1000"])),
        QUOTA_REPLIES_PER_DAY_GUEST: String(LOW.guestReplies),
        QUOTA_REPLIES_PER_DAY_ACCOUNT: String(LOW.accountReplies),
        QUOTA_SIGN_INS_PER_HOUR_PER_EMAIL: String(LOW.signInsPerEmail),
        QUOTA_SIGN_UPS_PER_HOUR_PER_EMAIL: String(LOW.signUpsPerEmail),
      },
    });
    const exited = new Promise<never>((_, reject) =>
      this.child!.once("exit", (code) => reject(new Error(`the quota e2e server exited with ${code} before it was ready`))),
    );
    await Promise.race([this.ready(), exited]);
  }

  /** Polls /api/health until it answers 200 (the server opens its database on the first request). */
  private async ready(): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const res = await fetch(`${QUOTA_URL}/api/health`).catch(() => null);
      if (res?.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the quota e2e server did not answer on ${QUOTA_URL} within 120 s`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await gone;
  }
}
