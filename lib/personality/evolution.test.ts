import { describe, expect, it } from "vitest";
import { initialState, type NumericState, update, WINDOW, type StatState } from "./aggregator";
import { appendAmendment, MAX_AMENDMENT_CHARS } from "./amendments";
import { DEFAULT_ATOMS, ordinalValue, snapOrdinal, type Atoms, type Dimension } from "./atoms";
import { readCues } from "./paragraph-reader";
import { DRIFT } from "./drift";
import { driftSeries, windowInOrder } from "./drift-series";
import { applyMoves, changedMoves, driftAmendment, driftMoves, driftReason, driftingDims, snappedValue, type DriftMove } from "./evolution";
import { isOneSentence } from "./paragraph-rules";
import { verbalizeOffline } from "./verbalizer";

const ATOMS: Atoms = { ...DEFAULT_ATOMS, length: 1, density: 1 };
const reading = (estimate: number, enough = true) => ({ estimate, confidence: 500, enough });
const move = (dimension: Dimension, value: number | string): DriftMove =>
  ({ dimension, value, from: ATOMS[dimension], estimate: 1, confidence: 1 }) as DriftMove;

describe("where drifting atoms move", () => {
  it("snaps ordinals to the nearest option and takes the categorical argmax", () => {
    expect(snappedValue("length", 0.95)).toBe(3);
    expect(snappedValue("length", 0.5)).toBe(snapOrdinal("length", 0.5));
    expect(snappedValue("density", 0.81)).toBe(2);
    expect(snappedValue("language", 2)).toBe("fr");
    expect(snappedValue("domain", 1)).toBe("computing");
  });

  it("moves only the drifting dimensions with enough signal, in display order, and keeps unchanged ones apart", () => {
    const moves = driftMoves(ATOMS, ["level", "density", "length", "language", "bogus" as Dimension], {
      length: reading(1),
      density: reading(ordinalValue("density", 1)),
      level: reading(0.9, false),
      language: reading(3),
    });
    expect(moves.map((m) => [m.dimension, m.from, m.value])).toEqual([
      ["length", 1, 3],
      ["density", 1, 1],
      ["language", "en", "de"],
    ]);
    expect(changedMoves(moves).map((m) => m.dimension)).toEqual(["length", "language"]);
    expect(applyMoves(ATOMS, changedMoves(moves))).toEqual({ ...ATOMS, length: 3, language: "de" });
    expect(driftingDims(["length", "density", "x"])).toEqual(["length", "density"]);
  });

  it("records the reason as the moved dimensions", () => {
    expect(driftReason([move("density", 2), move("length", 3)])).toBe("drift: length, density");
    expect(driftReason([move("mathComfort", 3)])).toBe("drift: math comfort");
  });
});

describe("the drift proposal for a pinned paragraph", () => {
  it("is one sentence within the limit that the cue reader reads back as the new options", () => {
    const pinned = "You like answers of medium length. Keep the words plain.";
    const { text, moves } = driftAmendment(ATOMS, [move("density", 2), move("length", 3)]);
    expect(moves.map((m) => m.dimension)).toEqual(["length", "density"]);
    expect(text).toBe("You now prefer exhaustive answers that cover every case; you now prefer dense, compact prose.");
    expect(isOneSentence(text)).toBe(true);
    const cues = readCues(appendAmendment(pinned, text));
    expect(snapOrdinal("length", cues.length!)).toBe(3);
    expect(snapOrdinal("density", cues.density!)).toBe(2);
  });

  it("is written in the paragraph's language and keeps German capitals", () => {
    const de = driftAmendment({ ...ATOMS, language: "de" }, [move("length", 3), move("density", 2)]).text;
    expect(de).toMatch(/^Ab jetzt .*; Ab jetzt /);
    expect(isOneSentence(de)).toBe(true);
    const es = driftAmendment({ ...ATOMS, language: "es" }, [move("length", 0)]).text;
    expect(readCues(es).length).toBe(0);
  });

  it("covers the longest prefix of moves that fits MAX_AMENDMENT_CHARS", () => {
    const all = [move("tone", 3), move("length", 3), move("density", 3), move("mathComfort", 3), move("level", 3)];
    const { text, moves } = driftAmendment(ATOMS, all);
    expect(text.length).toBeLessThanOrEqual(MAX_AMENDMENT_CHARS);
    // Four clauses make exactly 200 characters; the fifth (level) would not fit.
    expect(moves.map((m) => m.dimension)).toEqual(["tone", "length", "density", "mathComfort"]);
    expect(isOneSentence(text)).toBe(true);
  });

  it("re-evolution verbalizes the moved atoms like any other writer", () => {
    const moved = applyMoves(ATOMS, [move("length", 3), move("density", 2)]);
    const before = verbalizeOffline({ atoms: ATOMS, aboutMe: "", amendments: [] });
    const after = verbalizeOffline({ atoms: moved, aboutMe: "", amendments: [] });
    expect(after).not.toBe(before);
    expect(snapOrdinal("length", readCues(after).length!)).toBe(3);
  });
});

describe("the drift chart's series, from the O(1) state", () => {
  const feed = (state: StatState, values: number[]) => {
    let s = state;
    const fired: number[] = [];
    values.forEach((value, i) => {
      const r = update(s, { value });
      s = r.state;
      if (r.drift) fired.push(i);
    });
    return { state: s, fired };
  };

  it("unrolls the ring buffer oldest first", () => {
    const values = Array.from({ length: 27 }, (_, i) => i / 26);
    const { state } = feed(initialState("length"), values);
    expect(windowInOrder(state)).toEqual(values.slice(-WINDOW));
    const short = feed(initialState("length"), [0.1, 0.2]).state;
    expect(windowInOrder(short)).toEqual([0.1, 0.2]);
  });

  it("places the drift marker on the signal that fired, while it is in the window", () => {
    const values = [...Array<number>(60).fill(0.2), ...Array<number>(15).fill(0.9)];
    const { state, fired } = feed(initialState("density"), values);
    expect(fired).toHaveLength(1);
    const series = driftSeries(state);
    expect(series.values[series.driftIndex!]).toBe(0.9);
    expect(values.length - 1 - fired[0]!).toBe(series.values.length - 1 - series.driftIndex!);
    expect(series.windowMean).toBeCloseTo(series.values.reduce((a, b) => a + b, 0) / series.values.length, 9);
    expect(series.reference).not.toBeNull();

    // The firing signal leaves the window exactly when the cooldown ends.
    // Fired on signal 66 (the 7th high one: +1.75 each against a floored σ̂) with a cooldown of 20; the 8
    // signals after it spent 8.
    expect(fired).toEqual([66]);
    expect(state.cooldown).toBe(12);
    // (Fed at the level the baseline was re-seeded to, so the cooldown's last signal does not fire again.)
    const level = (state as NumericState).cusum.mu;
    const oldest = feed(state, Array<number>(state.cooldown - 1).fill(level)).state;
    expect(driftSeries(oldest).driftIndex).toBe(0);
    expect(driftSeries(feed(oldest, [level]).state).driftIndex).toBeNull();
    expect(DRIFT.cooldown).toBe(WINDOW);
  });

  it("has no reference before any value left the window, and works for categoricals", () => {
    expect(driftSeries(feed(initialState("tone"), [0.3, 0.4]).state)).toMatchObject({ reference: null, driftIndex: null });
    const cat = driftSeries(feed(initialState("language"), [...Array<number>(25).fill(0), 1]).state);
    expect(cat).toMatchObject({ kind: "categorical", windowMean: 0, reference: 0 });
    expect(cat.values.at(-1)).toBe(1);
  });
});
