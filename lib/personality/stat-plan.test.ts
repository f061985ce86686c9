import { describe, expect, it } from "vitest";
import { fuse, initialState, update, type StatState } from "./aggregator";
import type { Dimension } from "./atoms";
import { planStats } from "./stat-plan";

describe("the stat plan (pure)", () => {
  it("folds each dimension's signals into its state as the aggregator does, one at a time, in sorted order", () => {
    let level = initialState("level");
    for (const value of [0.2, 0.4, 0.3]) level = update(level, { value }).state;
    const current = new Map<Dimension, StatState>([["level", level]]);
    const plan = planStats(current, [
      { dimension: "tone", value: 0.9 },
      { dimension: "level", value: 0.8 },
      { dimension: "domain", category: 2 },
      { dimension: "level", value: 0.7 },
      {},
    ]);
    expect(plan.map((p) => p.dimension)).toEqual(["domain", "level", "tone"]);
    const expectedLevel = update(update(level, { value: 0.8 }).state, { value: 0.7 }).state;
    const levelPlan = plan[1]!;
    expect(levelPlan.expected).toBe(level);
    expect(levelPlan.state).toEqual(expectedLevel);
    expect(levelPlan.n).toBe(fuse(expectedLevel).n);
    expect(plan[0]).toMatchObject({ expected: null, state: update(initialState("domain"), { value: 2 }).state });
    expect(plan[2]).toMatchObject({ expected: null, state: update(initialState("tone"), { value: 0.9 }).state });
  });

  it("keeps compensations (weight −1) and weight 0 out of the aggregator", () => {
    expect(planStats(new Map(), [{ dimension: "tone", value: 0.9, weight: -1 }, { dimension: "length", value: 0.1, weight: 0 }])).toEqual([]);
  });
});
