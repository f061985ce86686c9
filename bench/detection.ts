/**
 * #7 — detection quality of the L4 numeric detector on seeded simulated users (lib/personality/simulate.ts),
 * one row per case of issue 14: today's sitting-capped CUSUM (lib/personality/cusum.ts) beside the window-vs-
 * reference z test it replaced (bench/window-z-baseline.ts), on the SAME streams in the same run (same seed
 * per case, so both detectors see identical users). Stationary kinds: false alarms per 1,000 signals of one
 * dimension; shifts: share of users caught by the case's deadline, and the median delay. Pure CPU.
 */
import { cusumDetector } from "@/lib/personality/cusum";
import type { NumericDetector } from "@/lib/personality/aggregator";
import { SIMULATION, detectionQuality, type DetectionKind, type DetectionQuality, type StreamOptions } from "@/lib/personality/simulate";
import type { Bench } from "./context";
import { scaled } from "./context";
import { figure, verdict } from "./report";
import { windowZDetector } from "./window-z-baseline";

const SEED = 20_240_607;

type Case = {
  label: string;
  kind: DetectionKind;
  options?: StreamOptions;
  /** Pass when the new detector's figure satisfies it (a share for shifts, a rate per 1,000 for stationary kinds). */
  target: { text: string; ok: (q: DetectionQuality) => boolean };
};

const FA = (max: number) => ({ text: `≤ ${max} per 1,000`, ok: (q: DetectionQuality) => q.falseAlarmsPer1000 <= max });
const atLeast = (share: number) => ({ text: `≥ ${100 * share}%`, ok: (q: DetectionQuality) => (q.detectionRate ?? 0) >= share });
const atMost = (share: number) => ({ text: `≤ ${100 * share}%`, ok: (q: DetectionQuality) => (q.detectionRate ?? 1) <= share });

const CASES: Case[] = [
  { label: "stationary Gaussian σ = 0.1: false alarms", kind: "stationary", options: { sigma: 0.1 }, target: FA(1) },
  { label: "stationary Gaussian σ = 0.2: false alarms", kind: "stationary", options: { sigma: 0.2 }, target: FA(1) },
  { label: "stationary Gaussian σ = 0.3: false alarms", kind: "stationary", options: { sigma: 0.3 }, target: FA(1) },
  { label: "stationary option-valued: false alarms", kind: "stationaryOptions", target: FA(1) },
  { label: "stationary bimodal: false alarms", kind: "stationaryBimodal", target: FA(1) },
  { label: "1σ step (σ = 0.22): caught ≤ 60 signals; median delay", kind: "step1", target: atLeast(0.99) },
  { label: "1σ step (σ = 0.1): caught ≤ 60 signals; median delay", kind: "step1", options: { sigma: 0.1 }, target: atLeast(0.99) },
  { label: "1σ step (σ = 0.3): caught ≤ 60 signals; median delay", kind: "step1", options: { sigma: 0.3 }, target: atLeast(0.99) },
  { label: "0.5σ step (σ = 0.22): caught ≤ 60 signals; median delay", kind: "step05", target: atLeast(0.65) },
  { label: "0.5σ step (σ = 0.1): caught ≤ 60 signals; median delay", kind: "step05", options: { sigma: 0.1 }, target: atLeast(0.65) },
  { label: "0.5σ step (σ = 0.3): caught ≤ 60 signals; median delay", kind: "step05", options: { sigma: 0.3 }, target: atLeast(0.65) },
  { label: "one sitting of 6 extreme signals: flagged", kind: "burst", options: { burstSize: 6 }, target: atMost(0.05) },
  { label: "one sitting of 8 extreme signals: flagged", kind: "burst", options: { burstSize: 8 }, target: atMost(0.05) },
  { label: "extreme shift kept over 3 sittings: caught by the end of the third", kind: "sittingShift", target: atLeast(0.95) },
  { label: "categorical shift: caught ≤ 60 signals; median delay", kind: "categorical", target: atLeast(1) },
  { label: "stationary categorical: false alarms", kind: "stationaryCategorical", target: FA(0.3) },
];

const pct = (x: number | null) => (x === null ? "—" : `${(100 * x).toFixed(1)}%`);

function show(q: DetectionQuality): string {
  if (q.detectionRate === null) return `${q.falseAlarmsPer1000.toFixed(2)} per 1,000`;
  const delay = q.kind === "burst" ? "" : `; ${q.medianDelay ?? "—"} signals`;
  return `${pct(q.detectionRate)}${delay}`;
}

export const detectionBench: Bench = {
  name: "detection",
  id: "7",
  perDriver: false,
  async run(ctx) {
    const started = Date.now();
    const users = scaled(ctx, 2000, 100);
    // Stationary users carry 1,000 signals each (5× a shift user's 200 before the change): a fifth as many.
    const stationaryUsers = Math.max(20, Math.round(users / 5));
    ctx.log(`#7 ${users} simulated users per shift case, ${stationaryUsers} per stationary case`);
    const details: Record<string, unknown> = { users, stationaryUsers, seed: SEED, horizon: SIMULATION.horizon, preChange: SIMULATION.preChange };
    const figures = CASES.map((c, i) => {
      const stationary = c.kind.startsWith("stationary");
      const measure = (detector: NumericDetector) =>
        detectionQuality({ seed: SEED + i, users: stationary ? stationaryUsers : users, kind: c.kind, ...c.options, detector });
      const now = measure(cusumDetector);
      const before = measure(windowZDetector);
      details[c.label] = { cusum: now, windowZ: before };
      return figure({
        id: "7",
        what: c.label,
        value: show(now),
        baseline: `window z test: ${show(before)}`,
        target: c.target.text,
        verdict: verdict(c.target.ok(now)),
      });
    });
    return { bench: "detection", driver: null, seconds: (Date.now() - started) / 1000, figures, details };
  },
};
