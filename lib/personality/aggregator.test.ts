import { describe, expect, it } from "vitest";
import { categoricalMoments, confidenceLabel, fuse, initialState, numericMoments, update } from "./aggregator";
import type { CategoricalState, Fused, NumericState, StatState } from "./aggregator";
import { chiSquareCritical } from "./drift";
import { mulberry32, normalSource } from "./simulate";

const BETA = 0.98;

function close(actual: number, expected: number, rel = 1e-9, abs = 1e-14): void {
  if (!(Math.abs(actual - expected) <= rel * Math.max(Math.abs(actual), Math.abs(expected)) + abs)) {
    expect.fail(`${actual} is not within ${rel} of ${expected}`);
  }
}

/** Piecewise-stationary sequences with level shifts, so drifts, re-seeds and cooldowns all happen. */
function sequence(seed: number, length: number, kind: "numeric" | "categorical"): number[] {
  const rand = mulberry32(seed);
  const normal = normalSource(rand);
  const out: number[] = [];
  while (out.length < length) {
    const level = rand();
    const sigma = rand() < 0.2 ? 0 : 0.02 + 0.2 * rand();
    const ordinal = rand() < 0.3;
    const dominant = Math.floor(rand() * 8);
    const draw = (): number => {
      if (kind === "categorical") return rand() < 0.3 + 0.7 * level ? dominant : Math.floor(rand() * 8);
      const v = level + sigma * normal();
      return Math.min(1, Math.max(0, ordinal ? Math.round(3 * v) / 3 : v));
    };
    for (let i = 30 + Math.floor(rand() * 250); i > 0; i--) out.push(draw());
  }
  return out.slice(0, length);
}

type Item = { y: number; at: number };

/** The reference straight from its definition: weights β^(feeds since the value entered), no recursion. */
function referenceOf(items: readonly Item[], feeds: number) {
  const w = items.map((it) => BETA ** (feeds - it.at));
  const w1 = w.reduce((a, b) => a + b, 0);
  const w2 = w.reduce((a, b) => a + b * b, 0);
  return { w, w1, w2 };
}

function numericReference(items: readonly Item[], feeds: number) {
  const { w, w1, w2 } = referenceOf(items, feeds);
  const mu = items.reduce((a, it, i) => a + w[i]! * it.y, 0) / w1;
  const s = items.reduce((a, it, i) => a + w[i]! * (it.y - mu) ** 2, 0);
  const nEff = (w1 * w1) / w2;
  const unbiased = w1 - w2 / w1 > 0 ? s / (w1 - w2 / w1) : 0;
  const varR = (2 * 0.05 + (nEff - 1) * unbiased) / (2 + nEff - 1);
  return { mu, nEff, varR, vR: (varR * w2) / (w1 * w1) };
}

/** The window, the reference's items and the run/cooldown rules of docs/design.md (L3, L4), restated in the plainest form. */
function naiveDetector() {
  const window: number[] = [];
  let items: Item[] = [];
  let feeds = 0;
  let run = 0;
  let cooldown = 0;
  return {
    window,
    reference: () => ({ items, feeds }),
    /** Slides x in; false while cooling (no test, and the leaving value is already in the re-seeded reference). */
    push(x: number): boolean {
      const cooling = cooldown > 0;
      if (window.length === 20) {
        const y = window.shift()!;
        if (!cooling) items.push({ y, at: ++feeds });
      }
      window.push(x);
      if (cooling) cooldown--;
      return !cooling;
    },
    /** Records one tested signal; on the third exceedance in a row: drift, re-seed from the window, cooldown. */
    test(exceeded: boolean): boolean {
      run = exceeded ? run + 1 : 0;
      if (run < 3) return false;
      run = 0;
      return this.fire();
    },
    /** A drift (decided by the test above, or by the numeric detector): re-seed from the window, cool down. */
    fire(): boolean {
      cooldown = 20;
      items = window.map((y) => ({ y, at: feeds }));
      return true;
    },
  };
}

describe("numeric aggregator against a direct recomputation", () => {
  // The drift decision is the CUSUM's (cusum.test.ts pins it); given it, window, reference, re-seed, cooldown
  // and the fused value must match their definitions.
  it("matches window, reference, re-seed, cooldown and the fused value on random sequences", () => {
    let drifts = 0;
    for (let seed = 1; seed <= 12; seed++) {
      let state = initialState("tone") as NumericState;
      const naive = naiveDetector();
      for (const x of sequence(seed, 1500, "numeric")) {
        const testable = naive.push(x);
        const window = naive.window;
        const n = window.length;
        const m = window.reduce((a, b) => a + b, 0) / n;
        const ss = window.reduce((a, b) => a + (b - m) ** 2, 0);
        const varW = (2 * 0.05 + ss) / (2 + n - 1);
        const vW = varW / n;
        const { items, feeds } = naive.reference();
        const before = items.length > 0 ? numericReference(items, feeds) : null;
        const tested = testable && n === 20 && before !== null && before.nEff >= 10;

        const result = update(state, { value: x });
        state = result.state;
        // Besides tested signals, the CUSUM may fire on the last signal of a cooldown (cusum.ts).
        if (!tested && !result.drift) expect(result.z).toBeNull();
        if (result.drift) {
          expect(n).toBe(20);
          naive.fire();
          drifts++;
        }

        const mo = numericMoments(state);
        close(mo.m, m);
        close(mo.varWindow, varW);
        close(mo.vWindow, vW);
        const fused = fuse(state);
        const after = naive.reference();
        if (after.items.length === 0) {
          close(fused.estimate, m);
          close(fused.confidence, 1 / vW);
          continue;
        }
        const ref = numericReference(after.items, after.feeds);
        close(mo.mu, ref.mu);
        close(mo.nEff, ref.nEff);
        close(mo.varReference, ref.varR);
        close(mo.vReference, ref.vR);
        const b2 = Math.max(0, (m - ref.mu) ** 2 - vW - ref.vR);
        const wt = (ref.vR + b2) / (vW + ref.vR + b2);
        close(fused.estimate, wt * m + (1 - wt) * ref.mu);
        close(fused.confidence, 1 / (wt * wt * vW + (1 - wt) ** 2 * ref.vR));
      }
    }
    expect(drifts).toBeGreaterThan(20);
  });
});

/** Straightforward pooled X² with Cochran merging, written independently of drift.ts. */
function naiveX2(p: number[], q: number[], n: number, mr: number) {
  const pooled = p.map((_, k) => (n * p[k]! + mr * q[k]!) / (n + mr));
  const minSize = Math.min(n, mr);
  const keep = pooled.map((v, k) => k).filter((k) => minSize * pooled[k]! >= 5);
  const rest = pooled.map((v, k) => k).filter((k) => pooled[k]! > 0 && minSize * pooled[k]! < 5);
  const groups = keep.map((k) => [k]);
  const sumOf = (g: number[], xs: number[]) => g.reduce((a, k) => a + xs[k]!, 0);
  if (rest.length > 0) {
    if (minSize * sumOf(rest, pooled) >= 5 || groups.length === 0) groups.push(rest);
    else groups.sort((a, b) => sumOf(a, pooled) - sumOf(b, pooled))[0]!.push(...rest);
  }
  const x2 = ((n * mr) / (n + mr)) * groups.reduce((a, g) => a + (sumOf(g, p) - sumOf(g, q)) ** 2 / sumOf(g, pooled), 0);
  const tv = p.reduce((a, pk, k) => a + Math.abs(pk - q[k]!), 0) / 2;
  const df = groups.length - 1;
  return { x2, exceeded: df >= 1 && x2 > chiSquareCritical(0.0027, df) && tv >= 0.25 };
}

function categoricalReference({ items, feeds }: { items: readonly Item[]; feeds: number }) {
  const { w, w1, w2 } = referenceOf(items, feeds);
  const q = Array.from({ length: 8 }, (_, k) =>
    w1 > 0 ? items.reduce((a, it, i) => a + (it.y === k ? w[i]! : 0), 0) / w1 : 0,
  );
  return { q, mr: w1 > 0 ? (w1 * w1) / w2 : 0 };
}

describe("categorical aggregator against a direct recomputation", () => {
  it("matches counts, reference, X², drift decisions and the fused π on random sequences", () => {
    let drifts = 0;
    for (let seed = 1; seed <= 12; seed++) {
      let state = initialState("language") as CategoricalState;
      const naive = naiveDetector();
      for (const x of sequence(seed, 1500, "categorical")) {
        const testable = naive.push(x);
        const n = naive.window.length;
        const p = Array.from({ length: 8 }, (_, k) => naive.window.filter((v) => v === k).length / n);
        const before = categoricalReference(naive.reference());
        let x2: number | null = null;
        let drift = false;
        if (testable && n === 20 && before.mr >= 10) {
          const t = naiveX2(p, before.q, n, before.mr);
          x2 = t.x2;
          drift = naive.test(t.exceeded);
        }

        const result = update(state, { value: x });
        state = result.state;
        expect(result.drift).toBe(drift);
        if (x2 === null) expect(result.z).toBeNull();
        else close(result.z!, x2, 1e-9, 1e-12);
        if (drift) drifts++;

        const { q, mr } = categoricalReference(naive.reference());
        const mo = categoricalMoments(state);
        mo.p.forEach((v, k) => close(v, p[k]!));
        mo.q.forEach((v, k) => close(v, q[k]!, 1e-9, 1e-12));
        close(mo.mr, mr);
        const pi = p.map((pk, k) => (n * pk + mr * q[k]! + 0.5) / (n + mr + 4));
        mo.pi.forEach((v, k) => close(v, pi[k]!));
        const fused = fuse(state);
        expect(fused.confidence).toBe(Math.max(...mo.pi));
        expect(mo.pi[fused.estimate]).toBe(fused.confidence);
      }
    }
    expect(drifts).toBeGreaterThan(20);
  });
});

describe("constant size", () => {
  // The last drift's record is null or one fixed-size object; `at` is null or a number.
  const FLAG_KEYS = ["at", "statistic", "direction", "from", "to", "value", "threshold", "signals", "sittings"];
  const masked = (s: StatState) => {
    if (s.flag) expect(Object.keys(s.flag)).toEqual(FLAG_KEYS);
    return JSON.stringify(s, (k, v: unknown) => (k === "flag" || typeof v === "number" || v === null ? 0 : v));
  };

  it.each([
    ["tone", (r: () => number) => r()],
    ["language", (r: () => number) => (r() < 0.6 ? 2 : Math.floor(r() * 8))],
  ] as const)("%s: the serialized state does not grow between 100 and 100,000 signals", (dim, draw) => {
    const rand = mulberry32(99);
    let state = initialState(dim);
    let at = 0;
    let shape = "";
    let min = Infinity;
    let max = -Infinity;
    for (let i = 1; i <= 100_000; i++) {
      state = update(state, { value: draw(rand), at: (at += 60_000 * (1 + Math.floor(rand() * 60))) }).state;
      if (i === 100) shape = masked(state);
      if (i >= 100 && i % 100 === 0) {
        expect(masked(state)).toBe(shape); // same keys, same array lengths: only digits can vary
        const length = JSON.stringify(state).length;
        min = Math.min(min, length);
        max = Math.max(max, length);
      }
    }
    // Only float digits vary: e.g. a reference count prints as "0" or as ~20 characters.
    expect(max - min).toBeLessThanOrEqual(400);
  });
});

describe("numeric stability", () => {
  const check = (state: NumericState) => {
    const mo = numericMoments(state);
    for (const v of [mo.varWindow, mo.vWindow, mo.varReference, mo.vReference, state.m2, state.s]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
    expect(mo.varWindow).toBeGreaterThan(0);
    expect(mo.varReference).toBeGreaterThan(0);
    const fused = fuse(state);
    expect(Number.isFinite(fused.estimate) && Number.isFinite(fused.confidence)).toBe(true);
    return fused;
  };

  it.each([0, 0.7, 1, 1 / 3])("1e5 copies of %s", (value) => {
    let state = initialState("length") as NumericState;
    for (let i = 0; i < 100_000; i++) state = update(state, { value }).state;
    expect(state.m2).toBe(0);
    close(check(state).estimate, value);
  });

  it("1e5 values with noise of 1e-9, after a stretch of wide noise", () => {
    const rand = mulberry32(5);
    const normal = normalSource(rand);
    let state = initialState("density") as NumericState;
    for (let i = 0; i < 1000; i++) state = update(state, { value: rand() }).state;
    for (let i = 0; i < 100_000; i++) {
      state = update(state, { value: 0.5 + 1e-9 * normal() }).state;
      if (i % 10_000 === 0) check(state);
    }
    expect(state.m2).toBeLessThan(1e-15);
    close(check(state).estimate, 0.5, 1e-6);
  });
});

describe("update and fuse", () => {
  it("creates the right state for each dimension", () => {
    expect(initialState("tone").kind).toBe("numeric");
    const language = initialState("domain") as CategoricalState;
    expect(language.kind).toBe("categorical");
    expect(language.counts).toHaveLength(8);
  });

  it("is pure: the input state is left untouched", () => {
    let state = initialState("tone");
    for (let i = 0; i < 40; i++) state = update(state, { value: (i % 4) / 3 }).state;
    const before = JSON.stringify(state);
    update(state, { value: 1 });
    expect(JSON.stringify(state)).toBe(before);
  });

  it("treats weight 0 as no evidence, any positive weight as one signal, and rejects bad input", () => {
    const state = update(initialState("tone"), { value: 0.2 }).state;
    expect(update(state, { value: 0.9, weight: 0 }).state).toBe(state);
    expect(update(state, { value: 0.9, weight: 3 }).state).toEqual(update(state, { value: 0.9 }).state);
    expect(() => update(state, { value: Number.NaN })).toThrow(RangeError);
    expect(() => update(state, { value: 0.5, weight: -1 })).toThrow(RangeError);
    expect(() => update(initialState("language"), { value: 8 })).toThrow(RangeError);
    expect(() => update(initialState("language"), { value: 1.5 })).toThrow(RangeError);
    expect((update(state, { value: 1.7 }).state as NumericState).window).toEqual([0.2, 1]);
  });

  it("reports not enough signal below five signals, then labels confidence", () => {
    const empty = fuse(initialState("tone"));
    expect(empty).toMatchObject({ estimate: 0.5, confidence: 0, n: 0, windowMean: null, reference: null, enough: false });
    expect(confidenceLabel(empty)).toBe("not enough signal yet");
    let state = initialState("tone");
    for (let i = 0; i < 4; i++) state = update(state, { value: 2 / 3 }).state;
    expect(confidenceLabel(fuse(state))).toBe("not enough signal yet");
    state = update(state, { value: 2 / 3 }).state;
    expect(confidenceLabel(fuse(state))).toBe("medium");
    for (let i = 0; i < 15; i++) state = update(state, { value: 2 / 3 }).state;
    expect(confidenceLabel(fuse(state))).toBe("high");
    const spread = [0, 1, 0, 1, 0.5].reduce((s, value) => update(s, { value }).state, initialState("tone"));
    expect(confidenceLabel(fuse(spread))).toBe("low");
  });

  it("fuses categoricals to the dominant category with its share as confidence", () => {
    let state = initialState("language");
    for (let i = 0; i < 60; i++) state = update(state, { value: i % 5 === 0 ? 0 : 3 }).state;
    const fused: Fused = fuse(state);
    expect(fused).toMatchObject({ kind: "categorical", estimate: 3, windowMean: 3, reference: 3, n: 20, enough: true });
    expect(confidenceLabel(fused)).toBe("high");
    const mixed = [0, 1, 2, 3, 4, 5].reduce((s, value) => update(s, { value }).state, initialState("language"));
    expect(confidenceLabel(fuse(mixed))).toBe("low");
  });
});
