/**
 * #7 — detection quality of the L4 detector on seeded simulated users (lib/personality/simulate.ts): numeric
 * steps of 1σ and 0.5σ and categorical shifts of the dominant category, after 200 stationary signals. The
 * baseline is stationary users run through exactly the same window: how often they get "detected" within the
 * same 60 signals, i.e. the chance level. False alarms are counted per 1,000 stationary signals of one
 * dimension (the pre-change stretches of the shift users, and 1,000-signal stationary streams). Pure CPU.
 */
import {
  SIMULATION,
  detectionQuality,
  mulberry32,
  runDetector,
  simulateStream,
  type DetectionKind,
} from "@/lib/personality/simulate";
import type { Bench } from "./context";
import { scaled } from "./context";
import { figure } from "./report";
import { round } from "./stats";

const SEED = 20_240_607;

/** Share of stationary users flagged within the horizon after the same change point (no change happens). */
function chanceRate(kind: "stationary" | "stationaryCategorical", users: number, seed: number): number {
  const rand = mulberry32(seed);
  let flagged = 0;
  for (let u = 0; u < users; u++) {
    const stream = simulateStream(rand, kind, { length: SIMULATION.preChange + SIMULATION.horizon });
    const run = runDetector(stream);
    if (run.drifts.some((i) => i >= SIMULATION.preChange && i < SIMULATION.preChange + SIMULATION.horizon)) flagged++;
  }
  return flagged / users;
}

const pct = (x: number | null) => (x === null ? "—" : `${(100 * x).toFixed(1)}%`);

export const detectionBench: Bench = {
  name: "detection",
  id: "7",
  perDriver: false,
  async run(ctx) {
    const started = Date.now();
    const users = scaled(ctx, 2000, 100);
    ctx.log(`#7 ${users} simulated users per kind`);
    const shifts: { kind: DetectionKind; label: string; baseline: "stationary" | "stationaryCategorical" }[] = [
      { kind: "step1", label: "1σ step", baseline: "stationary" },
      { kind: "step05", label: "0.5σ step", baseline: "stationary" },
      { kind: "categorical", label: "categorical shift", baseline: "stationaryCategorical" },
    ];
    const chance = {
      stationary: chanceRate("stationary", users, SEED + 10),
      stationaryCategorical: chanceRate("stationaryCategorical", users, SEED + 11),
    };
    const figures = [];
    const details: Record<string, unknown> = { users, seed: SEED, horizon: SIMULATION.horizon, preChange: SIMULATION.preChange, chance };
    for (const [i, s] of shifts.entries()) {
      const q = detectionQuality({ seed: SEED + i, users, kind: s.kind });
      details[s.kind] = q;
      const base = chance[s.baseline];
      figures.push(
        figure({
          id: "7",
          what: `${s.label}: detected ≤ ${SIMULATION.horizon} signals; median delay`,
          value: `${pct(q.detectionRate)}; ${q.medianDelay ?? "—"} signals`,
          baseline: `stationary: ${pct(base)} flagged in the same window`,
          ratio: q.detectionRate !== null && base > 0 ? q.detectionRate / base : null,
          target: "reported",
        }),
        figure({
          id: "7",
          what: `${s.label}: false alarms before the change`,
          value: `${round(q.falseAlarmsPer1000, 3)} per 1,000 signals`,
          baseline: `${q.stationarySignals.toLocaleString("en")} signals`,
          target: "reported",
        }),
      );
    }
    for (const [i, kind] of (["stationary", "stationaryCategorical"] as const).entries()) {
      const q = detectionQuality({ seed: SEED + 20 + i, users, kind });
      details[kind] = q;
      figures.push(
        figure({
          id: "7",
          what: `stationary ${kind === "stationary" ? "numeric" : "categorical"} users: false alarms`,
          value: `${round(q.falseAlarmsPer1000, 3)} per 1,000 signals`,
          baseline: `${q.stationarySignals.toLocaleString("en")} signals`,
          target: "reported",
        }),
      );
    }
    return { bench: "detection", driver: null, seconds: (Date.now() - started) / 1000, figures, details };
  },
};
