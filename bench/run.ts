/**
 * `npm run bench [-- <name> …]`: runs the benchmarks on the embedded PGlite and, when DATABASE_URL is set, on
 * PostgreSQL (in databases it creates and drops), prints one table and writes it as JSON under bench/results/.
 * See bench/README.md. A missed target is a MISS in the table, not a failure; only a crash exits non-zero.
 */
import { ADMIN_DATABASE_URL } from "./env-setup";
import { execFileSync } from "node:child_process";
import type { Bench, BenchContext } from "./context";
import { dropLeftovers, hasPostgres, setAdminUrl, uninstallAppDatabase } from "./db";
import { authBench } from "./auth";
import { dataBench } from "./data";
import { detectionBench } from "./detection";
import { gatewayBench } from "./gateway";
import { jobsBench } from "./jobs";
import { mirrorBench } from "./mirror";
import { poolBench } from "./pool";
import { preambleBench } from "./preamble";
import { machine, table, writeResults, type DriverName, type Meta, type Outcome } from "./report";
import { scaleOutRun } from "./scale-out";
import { buildApp, runServerBenches, stopAllServers } from "./server";
import { sweepBench } from "./sweep";
import { thumbBench } from "./thumb";
import { ttftBench } from "./ttft";
import { writeVsPromptTimeBench } from "./write-vs-prompt-time";

const DB_BENCHES: Bench[] = [preambleBench, thumbBench, sweepBench, jobsBench, mirrorBench, poolBench, ttftBench, writeVsPromptTimeBench, authBench, dataBench, gatewayBench];
const SHARED_BENCHES: Bench[] = [detectionBench];
/** Each builds the app and runs `next start` for minutes: only when named, or with `all` / `server`. */
const SERVER_BENCHES = ["memory", "gateway-http", "load", "scale-out"] as const;
const QUICK = [...DB_BENCHES.map((b) => b.name), ...SHARED_BENCHES.map((b) => b.name)];
const ALL = [...QUICK, ...SERVER_BENCHES];
const GROUPS: Record<string, readonly string[]> = { all: ALL, server: SERVER_BENCHES };

function parseArgs(argv: string[]): string[] {
  const names = argv.filter((a) => !a.startsWith("-")).flatMap((n) => GROUPS[n] ?? [n]);
  const unknown = names.filter((n) => !ALL.includes(n));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark(s): ${unknown.join(", ")}. Available: ${ALL.join(", ")}, or all, server.`);
    process.exit(2);
  }
  return names.length > 0 ? ALL.filter((n) => names.includes(n)) : QUICK;
}

function drivers(): DriverName[] {
  const wanted = process.env.BENCH_DRIVERS?.split(",").map((d) => d.trim());
  const available: DriverName[] = hasPostgres() ? ["pglite", "postgres"] : ["pglite"];
  return wanted ? available.filter((d) => wanted.includes(d)) : available;
}

function gitHead(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  setAdminUrl(ADMIN_DATABASE_URL);
  const selected = parseArgs(process.argv.slice(2));
  const scale = Number(process.env.BENCH_SCALE ?? "1");
  if (!(scale > 0 && scale <= 1)) throw new Error(`BENCH_SCALE must be in (0, 1], got ${process.env.BENCH_SCALE}`);
  const runDrivers = drivers();
  const startedAt = new Date().toISOString();
  const atStart = { ...machine(), gitHead: gitHead() };
  const t0 = Date.now();
  const log = (message: string) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${message}`);
  log(`benchmarks: ${selected.join(", ")}; drivers: ${runDrivers.join(", ")}; scale ${scale}`);

  const outcomes: Outcome[] = [];
  const crashes: string[] = [];
  const attempt = async (label: string, fn: () => Promise<Outcome[]>) => {
    try {
      outcomes.push(...(await fn()));
    } catch (err) {
      crashes.push(`${label}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      log(`CRASH in ${label}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      uninstallAppDatabase();
    }
  };

  for (const bench of DB_BENCHES.filter((b) => selected.includes(b.name))) {
    for (const driver of runDrivers) {
      const ctx: BenchContext = { driver, scale, log };
      log(`${bench.name} on ${driver}`);
      await attempt(`${bench.name} [${driver}]`, async () => [await bench.run(ctx)]);
    }
  }
  for (const bench of SHARED_BENCHES.filter((b) => selected.includes(b.name))) {
    log(bench.name);
    await attempt(bench.name, async () => [await bench.run({ driver: "pglite", scale, log })]);
  }
  const serverBenches = SERVER_BENCHES.filter((n) => selected.includes(n) && n !== "scale-out");
  if (serverBenches.length > 0) {
    await attempt(`server (${serverBenches.join(", ")})`, () =>
      runServerBenches({
        scale,
        log,
        drivers: runDrivers,
        memory: serverBenches.includes("memory"),
        load: serverBenches.includes("load"),
        gateway: serverBenches.includes("gateway-http"),
      }),
    );
  }
  if (selected.includes("scale-out")) {
    await attempt("scale-out", async () => {
      if (!runDrivers.includes("postgres")) {
        log("scale-out: PostgreSQL only (set DATABASE_URL)");
        return [];
      }
      await buildApp(log);
      return scaleOutRun({ driver: "postgres", scale, log });
    });
  }

  const meta: Meta = {
    startedAt,
    finishedAt: new Date().toISOString(),
    scale,
    benches: selected,
    drivers: runDrivers,
    ...atStart,
  };
  console.log(`\n${table(outcomes)}\n`);
  const files = await writeResults(meta, outcomes);
  log(`wrote ${files.map((f) => f.replace(`${process.cwd()}/`, "")).join(", ")}`);
  if (crashes.length > 0) {
    console.error(`\n${crashes.length} benchmark(s) crashed:\n${crashes.join("\n\n")}`);
    process.exitCode = 1;
  }
}

async function cleanup(): Promise<void> {
  await stopAllServers();
  await dropLeftovers();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the bench server and dropping the bench databases…`);
    void cleanup().finally(() => process.exit(130));
  });
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    // Stray handles (a pool's idle timer, the job engine) must not keep the process alive.
    setTimeout(() => process.exit(), 200).unref();
  });
