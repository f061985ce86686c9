/**
 * What a benchmark returns, the table `npm run bench` prints, and the JSON it writes under bench/results/.
 * A figure that misses its target is reported as MISS, never thrown: the run exits 0 unless something crashes.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export type DriverName = "pglite" | "postgres";
export type Verdict = "PASS" | "MISS" | "reported";

export type Figure = {
  /** The row: "1" … "8", or "load". */
  id: string;
  what: string;
  /** Formatted measurement and baseline, as printed. */
  value: string;
  baseline: string;
  ratio: number | null;
  target: string;
  verdict: Verdict;
};

export type Outcome = {
  bench: string;
  /** null for benchmarks that touch no database (detection quality). */
  driver: DriverName | null;
  seconds: number;
  figures: Figure[];
  /** Raw numbers behind the figures (ms unless named otherwise). */
  details: Record<string, unknown>;
  /** The run it came from (set when results are written): latest.json may hold outcomes of several runs. */
  run?: Pick<Meta, "startedAt" | "gitHead" | "loadAverageAtStart">;
};

export type Meta = {
  startedAt: string;
  finishedAt: string;
  scale: number;
  benches: string[];
  drivers: DriverName[];
  node: string;
  cpus: number;
  cpuModel: string;
  loadAverageAtStart: number[];
  gitHead: string | null;
};

export function verdict(ok: boolean): Verdict {
  return ok ? "PASS" : "MISS";
}

export function figure(f: Omit<Figure, "ratio" | "verdict"> & { ratio?: number | null; verdict?: Verdict }): Figure {
  return { ratio: null, verdict: "reported", ...f };
}

export function machine(): Pick<Meta, "node" | "cpus" | "cpuModel" | "loadAverageAtStart"> {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

const COLUMNS = ["#", "what", "driver", "figure", "baseline", "ratio", "target", "verdict"] as const;

function rowOf(o: Outcome, f: Figure): string[] {
  const ratio = f.ratio === null || !Number.isFinite(f.ratio) ? "—" : `${f.ratio < 10 ? f.ratio.toFixed(2) : f.ratio.toFixed(1)}×`;
  return [f.id, f.what, o.driver ?? "—", f.value, f.baseline, ratio, f.target, f.verdict];
}

/** A plain-text table, one line per figure, in the order the benchmarks ran. */
export function table(outcomes: Outcome[]): string {
  const rows = outcomes.flatMap((o) => o.figures.map((f) => rowOf(o, f)));
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(" │ ");
  return [line(COLUMNS), widths.map((w) => "─".repeat(w)).join("─┼─"), ...rows.map(line)].join("\n");
}

/** The same rows as a Markdown table (for README.md). */
export function markdown(outcomes: Outcome[]): string {
  const rows = outcomes.flatMap((o) => o.figures.map((f) => rowOf(o, f)));
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  return [
    `| ${COLUMNS.join(" | ")} |`,
    `|${COLUMNS.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}

export const RESULTS_DIR = path.join(process.cwd(), "bench", "results");

/** Display order of latest.json: the order, PGlite before PostgreSQL. */
const BENCH_ORDER = ["preamble", "thumb", "sweep", "jobs", "mirror", "ttft", "write-vs-prompt-time", "detection", "memory", "load", "scale-out-direct", "scale-out-pgbouncer"];
const DRIVER_ORDER = ["pglite", "postgres", null];
const rank = (o: Outcome) => BENCH_ORDER.indexOf(o.bench) * 10 + DRIVER_ORDER.indexOf(o.driver);

type Stored = { meta: Partial<Meta> & { scale: number }; outcomes: Outcome[] };

/** The outcomes already in latest.json, when they were measured at this scale (else none: start afresh). */
async function previous(file: string, scale: number): Promise<Outcome[]> {
  let stored: Stored;
  try {
    stored = JSON.parse(await readFile(file, "utf8")) as Stored;
  } catch {
    return [];
  }
  if (stored.meta.scale !== scale) return [];
  // A file written before outcomes carried their run: its meta is that run.
  const { startedAt = "", gitHead = null, loadAverageAtStart = [] } = stored.meta;
  return stored.outcomes.map((o) => o.run ? o : { ...o, run: { startedAt, gitHead, loadAverageAtStart } });
}

/**
 * Writes one file per driver (`<timestamp>-<driver>.json`, with the driver-independent outcomes in each) and
 * `latest.json`: the newest outcome of every benchmark and driver at this scale, so re-running one benchmark
 * after a fix updates it without a full run (each outcome records the run, commit and load it came from).
 * Returns the paths written.
 */
export async function writeResults(meta: Meta, outcomes: Outcome[]): Promise<string[]> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const run = { startedAt: meta.startedAt, gitHead: meta.gitHead, loadAverageAtStart: meta.loadAverageAtStart };
  const stamped = outcomes.map((o) => ({ ...o, run }));
  const stamp = meta.startedAt.replace(/[:.]/g, "-");
  const shared = stamped.filter((o) => o.driver === null);
  const written: string[] = [];
  const drivers = meta.drivers.length > 0 ? meta.drivers : (["none"] as const);
  for (const driver of drivers) {
    const mine = stamped.filter((o) => o.driver === driver);
    const file = path.join(RESULTS_DIR, `${stamp}-${driver}.json`);
    await writeFile(file, `${JSON.stringify({ meta, outcomes: [...mine, ...shared] }, null, 2)}\n`);
    written.push(file);
  }
  const latestFile = path.join(RESULTS_DIR, "latest.json");
  const fresh = new Set(stamped.map((o) => `${o.bench}/${o.driver}`));
  const merged = [...(await previous(latestFile, meta.scale)).filter((o) => !fresh.has(`${o.bench}/${o.driver}`)), ...stamped];
  merged.sort((a, b) => rank(a) - rank(b));
  const { node, cpus, cpuModel, scale } = meta;
  const latest = { meta: { updatedAt: meta.finishedAt, scale, node, cpus, cpuModel }, outcomes: merged, markdown: markdown(merged) };
  await writeFile(latestFile, `${JSON.stringify(latest, null, 2)}\n`);
  written.push(latestFile);
  return written;
}
