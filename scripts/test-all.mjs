// `npm test`: every check, in order, stopping at the first failure — lint, type check, unit and integration
// tests (PGlite, plus PostgreSQL when one is reachable), then Playwright e2e against a production build.
// Ends with one plain line "N passed, N failed" summed over Vitest and Playwright.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import postgres from "postgres";

const bin = (name) => `node_modules/.bin/${name}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// Reports live outside test-results/, which Playwright empties when it starts.
rmSync("reports", { recursive: true, force: true });
mkdirSync("reports", { recursive: true });

async function reachable(url) {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => undefined });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

if (env.TEST_DATABASE_URL) {
  if (!(await reachable(env.TEST_DATABASE_URL))) {
    console.error(`TEST_DATABASE_URL is set but PostgreSQL does not answer at ${env.TEST_DATABASE_URL}.`);
    process.exit(1);
  }
} else {
  const fallback = "postgres://postgres@127.0.0.1:5432/postgres";
  if (await reachable(fallback)) env.TEST_DATABASE_URL = fallback;
  else console.log("PostgreSQL not reachable: integration tests run on PGlite only (set TEST_DATABASE_URL).");
}
if (env.TEST_DATABASE_URL) console.log(`Integration tests also run on PostgreSQL (${env.TEST_DATABASE_URL}).`);
if (env.TEST_PGBOUNCER_URL) {
  if (!env.TEST_DATABASE_URL || !(await reachable(env.TEST_PGBOUNCER_URL))) {
    console.error(`TEST_PGBOUNCER_URL is set but PgBouncer does not answer at ${env.TEST_PGBOUNCER_URL} (or no TEST_DATABASE_URL).`);
    process.exit(1);
  }
  console.log(`The hot writers' integration tests also run through PgBouncer (${env.TEST_PGBOUNCER_URL}).`);
}

const steps = [
  ["lint", bin("eslint"), ["--max-warnings=0", "."]],
  ["typecheck", bin("tsc"), ["--noEmit"]],
  ["unit + integration", bin("vitest"), ["run", "--reporter=default", "--reporter=json", "--outputFile=reports/vitest.json"]],
  ["e2e", bin("playwright"), ["test"]],
];

const only = process.argv.slice(2);
let failedStep = null;
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name.split(" ")[0])) continue;
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) {
    failedStep = name;
    break;
  }
}

let passed = 0;
let failed = 0;
if (existsSync("reports/vitest.json")) {
  const v = JSON.parse(readFileSync("reports/vitest.json", "utf8"));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
}
if (existsSync("reports/e2e.json")) {
  const p = JSON.parse(readFileSync("reports/e2e.json", "utf8"));
  passed += p.stats.expected;
  failed += p.stats.unexpected + (p.stats.flaky ?? 0);
}
if (failedStep) {
  console.log(`\nFailed at: ${failedStep}`);
  failed = Math.max(failed, 1);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
