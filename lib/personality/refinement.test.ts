import { describe, expect, it } from "vitest";
import { MAX_AMENDMENT_CHARS, appendAmendment } from "./amendments";
import { DEFAULT_ATOMS, ordinalValue, type Atoms } from "./atoms";
import { readCues } from "./paragraph-reader";
import { measureFeatures, type Features } from "./features";
import { EVOLUTION_THRESHOLD, PROVENANCES, type Provenance } from "./provenance";
import {
  MATCH_TOLERANCE_STEPS,
  REFINEMENT,
  countWrong,
  isDivergent,
  judgeOffline,
  paragraphAtoms,
  paragraphTargets,
  refinementAmendment,
  refinementMoves,
  routeRefinement,
  sampleThumbed,
  thumbOf,
  type RefinementMove,
  type Scored,
} from "./refinement";
import { verbalizeOffline } from "./verbalizer";

type Row = { id: number; thumb: number | null };
/** Newest first, like the query returns them; `thumbs` gives each row's thumb (null = none). */
const rows = (thumbs: (number | null)[]): Row[] => thumbs.map((thumb, id) => ({ id, thumb }));
const ATOMS: Atoms = { ...DEFAULT_ATOMS, length: 0 };
const BRIEF = "You like brief answers. Use plain words and short sentences.";
const v = ordinalValue;

describe("sampling", () => {
  const recent = rows(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 1 : i % 3 === 0 ? -1 : null)));

  it("is seeded: the same seed replays the same sample, other seeds draw others", () => {
    const a = sampleThumbed(recent, 42);
    expect(sampleThumbed(recent, 42)).toEqual(a);
    const samples = new Set(Array.from({ length: 20 }, (_, s) => JSON.stringify(sampleThumbed(recent, s))));
    expect(samples.size).toBeGreaterThan(10);
  });

  it("takes only thumbed responses, five of them, without repeats, newest first", () => {
    for (let seed = 0; seed < 200; seed++) {
      const result = sampleThumbed(recent, seed);
      if (result.kind !== "sampled") throw new Error("expected a sample");
      expect(result.sample).toHaveLength(REFINEMENT.sample);
      expect(result.sample.every((r) => r.thumb !== null)).toBe(true);
      const ids = result.sample.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...ids].sort((x, y) => x - y));
    }
  });

  it("reaches every thumbed response over many seeds (no position is favoured away)", () => {
    const thumbed = recent.filter((r) => r.thumb !== null).map((r) => r.id);
    const counts = new Map<number, number>();
    const runs = 4000;
    for (let seed = 0; seed < runs; seed++) {
      const result = sampleThumbed(recent, seed);
      if (result.kind === "sampled") for (const r of result.sample) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
    }
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual(thumbed);
    const expected = (runs * REFINEMENT.sample) / thumbed.length;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.1);
  });

  it("looks only at the newest 20 responses", () => {
    const old = rows([...Array<number | null>(20).fill(null), 1, 1, 1, 1, 1]);
    expect(sampleThumbed(old, 1)).toEqual({ kind: "insufficient", thumbed: 0 });
  });

  it("fewer than 3 thumbed is insufficient; 3 or 4 are all sampled", () => {
    expect(sampleThumbed(rows([1, null, -1, null]), 7)).toEqual({ kind: "insufficient", thumbed: 2 });
    expect(sampleThumbed(rows([]), 7)).toEqual({ kind: "insufficient", thumbed: 0 });
    const three = sampleThumbed(rows([1, null, -1, 1]), 7);
    expect(three).toEqual({ kind: "sampled", thumbed: 3, sample: [{ id: 0, thumb: 1 }, { id: 2, thumb: -1 }, { id: 3, thumb: 1 }] });
    const four = sampleThumbed(rows([1, 1, 1, 1]), 7);
    expect(four.kind === "sampled" && four.sample.length).toBe(4);
  });

  it("reads thumbs as stored: 1 up, -1 down, anything else none", () => {
    expect([thumbOf(1), thumbOf(-1), thumbOf(null), thumbOf(0), thumbOf(undefined)]).toEqual(["up", "down", null, null, null]);
  });
});

describe("targets from the paragraph", () => {
  it("reads the wording, and falls back to the atoms where it says nothing", () => {
    const t = paragraphTargets(BRIEF, { ...DEFAULT_ATOMS, length: 3, tone: 2, language: "de" });
    expect(t.values.length).toBe(0);
    expect(t.source.length).toBe("wording");
    expect(t.values.density).toBe(0);
    expect(t.values.tone).toBe(v("tone", 2));
    expect(t.source.tone).toBe("atoms");
    expect(t.language).toBe("de");
    expect(t.source.language).toBe("atoms");
  });

  it("an appended amendment overrides what the paragraph said before (last cue wins)", () => {
    const text = appendAmendment(BRIEF, "You now prefer exhaustive answers that cover every case.");
    expect(paragraphTargets(text, ATOMS).values.length).toBe(1);
  });
});

describe("the offline judge on constructed cases", () => {
  const targets = paragraphTargets(BRIEF, { ...ATOMS, level: 1, tone: 1 });

  it("a reply within one option step on every dimension matches: approve", () => {
    const f: Features = { length: v("length", 1), density: v("density", 1), tone: v("tone", 1), level: v("level", 1), language: "en" };
    expect(judgeOffline(targets, f)).toEqual({
      verdict: "approve",
      compared: ["tone", "length", "density", "level", "language"],
      mismatches: [],
    });
  });

  it("two option steps off is a mismatch: reject, naming the dimension", () => {
    expect(judgeOffline(targets, { length: v("length", 2) })).toMatchObject({ verdict: "reject", mismatches: ["length"] });
    expect(judgeOffline(targets, { length: 1, density: 0.9 })).toMatchObject({ verdict: "reject", mismatches: ["length", "density"] });
  });

  it("the tolerance is exact at its edge, and level gets 1.5 steps", () => {
    const edge = (MATCH_TOLERANCE_STEPS.length / 3) as number;
    expect(judgeOffline(targets, { length: edge }).verdict).toBe("approve");
    expect(judgeOffline(targets, { length: edge + 0.01 }).verdict).toBe("reject");
    const level = v("level", 1);
    expect(judgeOffline(targets, { level: level + 1.5 / 3 }).verdict).toBe("approve");
    expect(judgeOffline(targets, { level: level + 1.6 / 3 }).verdict).toBe("reject");
  });

  it("a reply in another language is a mismatch; the domain is never judged", () => {
    expect(judgeOffline(targets, { language: "es" })).toMatchObject({ verdict: "reject", mismatches: ["language"] });
    expect(judgeOffline(targets, { domain: "law" })).toEqual({ verdict: "approve", compared: [], mismatches: [] });
  });

  it("a reply that gives no evidence contradicts nothing", () => {
    expect(judgeOffline(targets, {})).toEqual({ verdict: "approve", compared: [], mismatches: [] });
  });

  it("on measured text: a long, detailed reply is rejected for a brief reader, a short one approved", () => {
    const long = Array.from({ length: 40 }, (_, i) => `Point ${i + 1} explains one more part of the topic in plain words.`).join(" ");
    const short = "Ice floats because it is lighter than water. Its molecules sit farther apart.";
    expect(judgeOffline(targets, measureFeatures(long))).toMatchObject({ verdict: "reject", mismatches: ["length"] });
    expect(judgeOffline(targets, measureFeatures(short)).verdict).toBe("approve");
  });
});

describe("divergence", () => {
  it("counts a prediction wrong when the thumb says the opposite; 2 wrong of 5 diverge", () => {
    const items = [
      { thumb: "up", verdict: "approve" },
      { thumb: "down", verdict: "reject" },
      { thumb: "up", verdict: "reject" },
      { thumb: "down", verdict: "approve" },
      { thumb: "up", verdict: "approve" },
    ] as const;
    expect(countWrong(items)).toBe(2);
    expect(isDivergent(2)).toBe(true);
    expect(isDivergent(1)).toBe(false);
    expect(countWrong(items.slice(0, 2))).toBe(0);
  });
});

describe("the amendment sentence", () => {
  const targets = paragraphTargets(BRIEF, ATOMS);
  const long: Features = { length: 1, density: 0, tone: v("tone", 1), language: "en" };
  const short: Features = { length: 0.05, density: 0, tone: v("tone", 1), language: "en" };
  const scored = (thumb: "up" | "down", features: Features): Scored => ({ thumb, features, verdict: judgeOffline(targets, features).verdict });

  it("thumbs up on long replies for a brief paragraph: one move on length, stated in amendment words", () => {
    const items = Array.from({ length: 5 }, () => scored("up", long));
    expect(countWrong(items)).toBe(5);
    const moves = refinementMoves(targets, items);
    expect(moves).toEqual([{ dimension: "length", value: 3, from: 0, implied: 1, support: 5 }]);
    const sentence = refinementAmendment(paragraphAtoms(BRIEF, ATOMS), moves);
    expect(sentence).toEqual({ text: "You now prefer exhaustive answers that cover every case.", moves });
    // The cue reader picks it up once appended: the amended paragraph would have predicted these thumbs.
    const amended = paragraphTargets(appendAmendment(BRIEF, sentence!.text), ATOMS);
    expect(items.every((i) => judgeOffline(amended, i.features).verdict === "approve")).toBe(true);
  });

  it("thumbs down on replies that match: the reflection points the other way", () => {
    const items = [scored("down", short), scored("down", short), scored("up", short)];
    expect(countWrong(items)).toBe(2);
    const moves = refinementMoves(targets, items);
    // Ranked by support (2 each), then by distance: density 3 steps, length 2.85; tone reflects to 1 step: no move.
    expect(moves.map((m) => [m.dimension, m.value])).toEqual([
      ["density", 3],
      ["length", 3],
    ]);
  });

  it("only the wrong predictions count: right ones move nothing", () => {
    const items = [scored("up", short), scored("down", long), scored("up", short)];
    expect(countWrong(items)).toBe(0);
    expect(refinementMoves(targets, items)).toEqual([]);
    expect(refinementAmendment(ATOMS, [])).toBeNull();
  });

  it("thumbs up on replies in another language move the language", () => {
    const spanish: Features = { length: 0, language: "es" };
    const moves = refinementMoves(targets, [scored("up", spanish), scored("up", spanish)]);
    expect(moves).toEqual([{ dimension: "language", value: "es", from: "en", implied: 1, support: 2 }]);
    expect(refinementAmendment(ATOMS, moves)!.text).toMatch(/Spanish/);
  });

  it("is written in the paragraph's language", () => {
    const es = verbalizeOffline({ atoms: { ...ATOMS, language: "es" }, aboutMe: "", amendments: [] });
    const t = paragraphTargets(es, { ...ATOMS, language: "en" });
    expect(t.language).toBe("es");
    const moves = refinementMoves(t, [scored("up", { length: 1 }), scored("up", { length: 1 })]);
    const sentence = refinementAmendment(paragraphAtoms(es, { ...ATOMS, language: "en" }), moves)!;
    expect(sentence.text).toMatch(/^Ahora .*respuestas exhaustivas/);
    expect(readCues(appendAmendment(es, sentence.text)).length).toBe(1);
  });

  it("stays one sentence of at most 200 characters, keeping the strongest moves", () => {
    const moves: RefinementMove[] = [
      { dimension: "level", value: 3, from: 0, implied: 1, support: 5 },
      { dimension: "length", value: 3, from: 0, implied: 1, support: 4 },
      { dimension: "mathComfort", value: 3, from: 0, implied: 1, support: 3 },
      { dimension: "density", value: 3, from: 0, implied: 1, support: 2 },
      { dimension: "tone", value: 3, from: 0, implied: 1, support: 1 },
      { dimension: "language", value: "de", from: "en", implied: 1, support: 1 },
    ];
    const sentence = refinementAmendment(ATOMS, moves)!;
    expect(sentence.text.length).toBeLessThanOrEqual(MAX_AMENDMENT_CHARS);
    expect(sentence.text.match(/[.!?]/g)).toHaveLength(1);
    // The strongest (most supported) moves are the ones kept, stated in display order: four fit in 197 characters.
    expect(sentence.moves.map((m) => m.dimension)).toEqual(["length", "density", "mathComfort", "level"]);
    const cues = readCues(sentence.text);
    for (const m of sentence.moves) if (m.dimension !== "language") expect(cues[m.dimension]).toBe(v(m.dimension, m.value));
  });
});

describe("routing by provenance (the table)", () => {
  const BELOW = { thumbs: 0, adjustments: 0 };
  const MET = { thumbs: EVOLUTION_THRESHOLD.thumbs, adjustments: EVOLUTION_THRESHOLD.adjustments };
  const TABLE: Record<Provenance, [below: string, met: string]> = {
    empty: ["none", "none"],
    onboarding: ["fold-later", "evolve-now"],
    evolved: ["fold-later", "fold-later"],
    user: ["propose", "propose"],
  };
  it.each(PROVENANCES)("%s", (provenance) => {
    expect([routeRefinement({ provenance, ...BELOW }), routeRefinement({ provenance, ...MET })]).toEqual(TABLE[provenance]);
  });
});
