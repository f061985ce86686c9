import { defineConfig, devices } from "@playwright/test";
import { smtpPort } from "./e2e/mailbox";
import { QUOTA_VARIABLES } from "./e2e/quota-server";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
// The accounts spec's own SMTP server (e2e/mailbox.ts) catches the reset emails here.
const SMTP_PORT = smtpPort();

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A production build against its own embedded database, wiped first: e2e never shares a data folder.
    command: `node scripts/e2e-server.mjs`,
    url: `http://localhost:${PORT}/api/health`,
    // The build alone took 3.6 min on the 2-core machine while other work ran; the wait ends when health answers.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      E2E_PORT: String(PORT),
      NODE_ENV: "production",
      DATA_DIR: DATA_DIR,
      PGLITE_DATA_DIR: `${DATA_DIR}/pglite`,
      SESSION_SECRET: "e2e-secret-0123456789-0123456789-0123456789",
      SESSION_COOKIE_SECURE: "false",
      APP_URL: `http://localhost:${PORT}`,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      OFFLINE_MODEL_DELAY_MS: "5",
      // Sweeps run on demand only ("Check for drift now"), so no scheduled sweep lands in the middle of a test.
      DRIFT_SWEEP_CRON: "off",
      // Every reply its own sitting: a test cannot leave half an hour between sittings (lib/env.ts).
      DRIFT_SITTING_GAP_SECONDS: "0",
      // Quotas on (every spec runs their statements) but out of reach: all specs share one address and some users
      // reply dozens of times. e2e/quotas.spec.ts starts its own server with low limits to see the 429s.
      ...Object.fromEntries(QUOTA_VARIABLES.map((name) => [name, "1000000"])),
    },
  },
});
