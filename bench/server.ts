/**
 * The production server for #8 (memory) and the load run: `next build` into its own folder (.next-bench), then
 * `next start` on 127.0.0.1:3400 with its own data folder (.data/bench, wiped first) or, on PostgreSQL, its own
 * database created for the run. Memory then load run against one server per driver; after it stops, the mirror
 * invariant is checked over every user it served (PGlite allows one process per data folder, so only then).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync, readlinkSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { BenchContext } from "./context";
import { createPostgresDatabase, databaseUrl, dropPostgresDatabase } from "./db";
import { actionIds, type ActionIds } from "./http";
import { checkInvariant } from "./invariant";
import { gatewayHttpRun } from "./gateway-http";
import { loadRun } from "./load";
import { memoryRun } from "./memory";
import type { DriverName, Outcome } from "./report";

const DIST_DIR = ".next-bench";
const DATA_DIR = path.join(".data", "bench");
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const PROFILE_DIR = path.join(".data", "bench-cpu-prof");
const NEXT_BIN = path.join("node_modules", ".bin", "next");

export type Server = {
  base: string;
  driver: DriverName;
  /** The process that owns the listening socket (the `next-server` process). */
  pid: number;
  ids: ActionIds;
  rssMb: () => number;
  /** CPU seconds the server process has used so far (user + system, all its threads). */
  cpuSeconds: () => number;
};

function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of ["DATABASE_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "PGLITE_DATA_DIR", "JOBS_IN_APP"]) delete env[key];
  return { ...env, ...extra };
}

async function exec(args: string[], log: BenchContext["log"]): Promise<void> {
  const child = spawn(NEXT_BIN, args, { env: serverEnv({}), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) {
    log(output.split("\n").slice(-40).join("\n"));
    throw new Error(`next ${args.join(" ")} exited with ${code}`);
  }
}

/**
 * Compile, then generate: the two halves of `next build` without its type-check step, which would fail on
 * other people's half-written files and rewrites tsconfig.json to include .next-bench/types.
 */
let built = false;

export async function buildApp(log: BenchContext["log"]): Promise<void> {
  if (built) return;
  built = true;
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
    log(`reusing the build in ${DIST_DIR} (BENCH_SKIP_BUILD=1)`);
    return;
  }
  log(`next build → ${DIST_DIR} (a few minutes on 2 busy cores)`);
  await exec(["build", "--experimental-build-mode", "compile"], log);
  await exec(["build", "--experimental-build-mode", "generate"], log);
}

/** The pid, among `root` and its descendants, holding the socket that listens on `port`. */
export function listeningPid(root: number, port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === "0A") inodes.add(cols[9]!);
    }
  }
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const family = [root];
  for (let i = 0; i < family.length; i++) for (const [pid, ppid] of parents) if (ppid === family[i]) family.push(pid);
  for (const pid of family) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (inodes.has(/^socket:\[(\d+)\]$/.exec(link)?.[1] ?? "")) return pid;
      }
    } catch {
      // Not ours to read, or gone.
    }
  }
  return null;
}

export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  if (!kb) throw new Error(`bench: no VmRSS for pid ${pid}`);
  return Number(kb) / 1024;
}

/** utime + stime of a process (`/proc/<pid>/stat` fields 14 and 15, in clock ticks: 100 per second on Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis start at field 3.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const running = new Set<ChildProcess>();

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // The server was started in its own process group: signal the group (our child and anything it spawned).
  process.kill(-child.pid!, "SIGTERM");
  const timeout = sleep(30_000).then(() => "timeout" as const);
  if ((await Promise.race([exited, timeout])) === "timeout") {
    process.kill(-child.pid!, "SIGKILL");
    await exited;
  }
  running.delete(child);
}

export async function stopAllServers(): Promise<void> {
  for (const child of [...running]) await stop(child).catch(() => undefined);
}

/** Environment every process of the bench's app gets (servers and workers alike). */
export function appEnv(url: string | null, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return serverEnv({
    DATA_DIR,
    PGLITE_DATA_DIR: path.join(DATA_DIR, "pglite"),
    SESSION_SECRET: "bench-secret-0123456789-0123456789-0123456789",
    SESSION_COOKIE_SECURE: "false",
    OFFLINE_MODEL_DELAY_MS: "0",
    ...(url ? { DATABASE_URL: url } : {}),
    ...extra,
  });
}

/** A child in its own process group, its last 20,000 characters of output kept; stopped by stopAllServers too. */
export function spawnTracked(command: string, args: string[], env: NodeJS.ProcessEnv, onLine?: (line: string) => void) {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  const tail = { output: "" };
  let partial = "";
  const keep = (d: Buffer) => {
    const text = d.toString();
    tail.output = (tail.output + text).slice(-20_000);
    if (!onLine) return;
    const lines = (partial + text).split("\n");
    partial = lines.pop()!;
    for (const line of lines) onLine(line);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return { child, tail };
}

/**
 * `next start` on `port` with its own store: the PGlite data folder (wiped first) or the PostgreSQL URL.
 * `extra` adds to the environment (the pool mode, the job engine's switches).
 */
export async function startServer(opts: {
  driver: DriverName;
  url: string | null;
  port?: number;
  log: BenchContext["log"];
  extra?: Record<string, string>;
}): Promise<{ server: Server; child: ChildProcess }> {
  const { driver, url, log, port = PORT } = opts;
  if (!url) await rm(DATA_DIR, { recursive: true, force: true });
  const env = appEnv(url, {
    // The load run's baseline route (app/api/bench/baseline) exists only in this server.
    BENCH_BASELINE_ROUTE: "true",
    // BENCH_CPU_PROF=1: a V8 CPU profile of the server, written when it stops (read it with bench/cpu-profile.ts).
    // BENCH_NODE_OPTIONS: node flags for the server besides its own (e.g. to try one against the default).
    NODE_OPTIONS: [
      process.env.BENCH_NODE_OPTIONS ?? "",
      process.env.BENCH_CPU_PROF === "1" ? `--cpu-prof --cpu-prof-dir=${path.resolve(PROFILE_DIR, driver)}` : "",
    ].join(" ").trim(),
    ...opts.extra,
  });
  // scripts/next-start.mjs: `next start` with the server's Node flags, as `npm start` runs it.
  const { child, tail } = spawnTracked(process.execPath, ["scripts/next-start.mjs", "-p", String(port), "-H", "127.0.0.1"], env);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${tail.output}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (i >= 240) throw new Error(`next start did not answer /api/health within 120 s:\n${tail.output}`);
    await sleep(500);
  }
  const pid = listeningPid(child.pid!, port);
  if (pid === null) throw new Error(`bench: no process of ours listens on port ${port} (another server there?)`);
  log(`server up on ${base} (${driver}), pid ${pid}`);
  return { server: { base, driver, pid, ids: actionIds(DIST_DIR), rssMb: () => rssMb(pid), cpuSeconds: () => cpuSeconds(pid) }, child };
}

export async function runServerBenches(opts: {
  scale: number;
  log: BenchContext["log"];
  drivers: DriverName[];
  memory: boolean;
  load: boolean;
  gateway: boolean;
}): Promise<Outcome[]> {
  const { log } = opts;
  await buildApp(log);
  const outcomes: Outcome[] = [];
  for (const driver of opts.drivers) {
    const ctx: BenchContext = { driver, scale: opts.scale, log };
    const dbName = driver === "postgres" ? await createPostgresDatabase("server") : null;
    try {
      const { server, child } = await startServer({ driver, url: dbName ? databaseUrl(dbName) : null, log });
      const mine: Outcome[] = [];
      try {
        if (opts.memory) mine.push(await memoryRun(ctx, server));
        if (opts.gateway) mine.push(await gatewayHttpRun(ctx, server));
        if (opts.load) mine.push(await loadRun(ctx, server));
      } finally {
        await stop(child);
      }
      const invariant = await checkInvariant(dbName ? { url: databaseUrl(dbName) } : { pgliteDir: path.join(DATA_DIR, "pglite") });
      log(`invariant after the run (${driver}): ${JSON.stringify(invariant)}`);
      const last = mine.at(-1);
      if (last) {
        last.figures.push({ ...invariant.figure, id: last.figures[0]?.id ?? invariant.figure.id });
        last.details.invariant = invariant.details;
      }
      outcomes.push(...mine);
    } finally {
      if (dbName) await dropPostgresDatabase(dbName);
    }
  }
  return outcomes;
}
