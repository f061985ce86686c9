/**
 * `npx tsx bench/cpu-profile.ts <file.cpuprofile> [top] [--from=S] [--to=S] [--timeline]`: where a V8 CPU
 * profile's time went — self time by category (gzip, async hooks, web streams, garbage collection, the app
 * bundle, Next, React, the AI SDK, the database driver, …), by package or file, and the top functions. Used on
 * the server profile that `BENCH_CPU_PROF=1 npm run bench -- load` writes to .data/bench-cpu-prof/<driver>/.
 *
 * `--from` / `--to` keep only the samples between those seconds after the profile's start, so one arm of the
 * load run can be read apart from the other (they take turns in blocks); `--timeline` prints, per 5 s of the
 * profile, the busy seconds and the database driver's share, which shows which arm ran when (the bare route
 * never touches the database).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SourceMapConsumer } from "source-map-js";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const CATEGORIES: [string, (fn: string, url: string) => boolean][] = [
  ["idle", (fn) => fn === "(idle)"],
  ["garbage collection", (fn) => fn === "(garbage collector)"],
  ["gzip (zlib)", (fn, url) => url.includes("zlib") || /deflate|gzip/i.test(fn)],
  ["async hooks / async context", (fn, url) => url.includes("async_hooks") || url.includes("async_context") || /AsyncLocalStorage|executionAsyncResource/.test(fn)],
  ["web streams", (fn, url) => url.includes("internal/webstreams")],
  ["node http / net", (fn, url) => /internal\/(http|net|stream|streams)|_http_|node:net|node:http/.test(url) || fn === "writev" || fn === "writeBuffer"],
  ["database driver (PGlite, postgres.js)", (fn, url) => /@electric-sql|node_modules[/_]postgres[/_]|wasm:\/\//.test(url)],
  ["drizzle", (fn, url) => url.includes("drizzle-orm")],
  ["AI SDK", (fn, url) => /node_modules\/(ai|@ai-sdk)\//.test(url) || /\[root-of-the-server\]__.*ai/.test(url)],
  ["React server rendering", (fn, url) => /react-dom|react-server|react\.production/.test(url)],
  ["Next server", (fn, url) => url.includes("node_modules/next/")],
  ["app bundle (.next/server)", (fn, url) => /\.next[^/]*\/server\//.test(url)],
  ["other node internals", (fn, url) => url.startsWith("node:") || url === ""],
];

/** The npm package a file belongs to ("@ai-sdk/openai", "next"), or undefined outside node_modules. */
const packageOf = (file: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const [file, topArg] = args.filter((a) => !a.startsWith("--"));
const profile = JSON.parse(readFileSync(file!, "utf8")) as Profile;
const top = Number(topArg ?? 25);
const from = Number(flag("from") ?? 0) * 1e6;
const to = Number(flag("to") ?? Infinity) * 1e6;
/** Each node's category, decided once (the timeline and the totals both read it). */
const categoryOf = new Map(
  profile.nodes.map((n) => [n.id, CATEGORIES.find(([, match]) => match(n.callFrame.functionName, n.callFrame.url))?.[0] ?? "other"]),
);
const self = new Map<number, number>();
/** Per 5 s of the profile: busy microseconds (not idle) and the database driver's. */
const timeline: { busy: number; driver: number }[] = [];
let at = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  at += dt;
  const bin = (timeline[Math.floor(at / 5e6)] ??= { busy: 0, driver: 0 });
  const category = categoryOf.get(id)!;
  if (category !== "idle") bin.busy += dt;
  if (category.startsWith("database driver")) bin.driver += dt;
  if (at < from || at >= to) return;
  self.set(id, (self.get(id) ?? 0) + dt);
});
if (args.includes("--timeline")) {
  console.log("timeline (5 s bins): busy s, database driver's share");
  timeline.forEach((b, i) => b && console.log(`${String(i * 5).padStart(5)} s  ${(b.busy / 1e6).toFixed(2).padStart(5)}  ${((100 * b.driver) / Math.max(1, b.busy)).toFixed(1).padStart(5)}%`));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byCategory = new Map<string, number>();
const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const node of profile.nodes) {
  const t = self.get(node.id) ?? 0;
  if (t === 0) continue;
  const { functionName: fn, url, lineNumber } = node.callFrame;
  const category = categoryOf.get(node.id)!;
  byCategory.set(category, (byCategory.get(category) ?? 0) + t);
  const pkg = packageOf(url) ?? (url.replace(/^file:\/\/.*?\/(\.next[^/]*\/)/, "$1") || `(${fn})`);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
  const key = `${fn || "(anonymous)"} ${url.replace(/^.*node_modules\//, "")}:${lineNumber}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + t);
}
/**
 * The bundle's minified frames, through the build's source maps (next build writes them beside each server
 * chunk): which package or project file the code came from. Frames without a map keep their bundle file.
 */
const consumers = new Map<string, SourceMapConsumer | null>();
function originalSource(url: string, line: number, column: number): string | null {
  if (!/\.next[^/]*\/server\//.test(url) || !url.startsWith("file://")) return null;
  let consumer = consumers.get(url);
  if (consumer === undefined) {
    const map = `${fileURLToPath(url)}.map`;
    consumer = existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, "utf8"))) : null;
    consumers.set(url, consumer);
  }
  const source = consumer?.originalPositionFor({ line: line + 1, column: Math.max(0, column) }).source;
  if (!source) return null;
  return packageOf(source) ?? source.replace(/^.*?\[project\]\//, "").replace(/^turbopack:\/\/\//, "").replace(/^(\.\.\/)+/, "");
}
const byOriginal = new Map<string, number>();
for (const node of profile.nodes) {
  const t = self.get(node.id) ?? 0;
  if (t === 0) continue;
  const { url, lineNumber, columnNumber } = node.callFrame;
  const source = originalSource(url, lineNumber, columnNumber);
  if (source) byOriginal.set(source, (byOriginal.get(source) ?? 0) + t);
}

const print = (title: string, m: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${((100 * t) / total).toFixed(1).padStart(6)}%  ${k}`);
};
console.log(`${(total / 1e6).toFixed(1)} s of samples${from > 0 || to < Infinity ? ` between ${from / 1e6} s and ${to / 1e6} s` : ""}`);
print("by category (self time)", byCategory, CATEGORIES.length + 1);
print("by package or file", byPackage, top);
print("top functions", byFunction, top);
if (byOriginal.size) print("the app bundle by original source (source maps)", byOriginal, top);
