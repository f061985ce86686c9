/**
 * One refinement check (docs/design.md, L6) for one user: sample, judge, decide, record. Run by the REFINEMENT_CHECK
 * job (queued after every 20th AI response, and by "Check my thumbs now"); pg-boss's "stately" policy with the
 * user id as singleton key keeps two checks of one user from ever running at once.
 *
 * Every run leaves exactly one refinement_check row (insufficient, aligned, diverged or failed, with its seed
 * and evidence); only a divergence writes anything else, through lib/refinement/writers.ts, in the same
 * transaction as its check row. The model judge is called outside any transaction.
 */
import "server-only";
import { randomInt } from "node:crypto";
import type { Db } from "@/db/client";
import { atomsOf, getProfileAtoms } from "@/db/queries/profile";
import { insertRefinementCheck, listRecentResponses, type RecentResponse } from "@/db/queries/refinement";
import { getSummary } from "@/db/queries/summary";
import type { RefinementCheckRow } from "@/db/schema";
import { judgeWithModel, type ModelJudgement } from "@/lib/refinement/model-judge";
import { measureFeatures, type Features } from "@/lib/personality/features";
import {
  REFINEMENT,
  countWrong,
  isDivergent,
  judgeOffline,
  paragraphAtoms,
  paragraphTargets,
  refinementAmendment,
  refinementMoves,
  sampleThumbed,
  thumbOf,
  type Judgement,
  type Thumb,
  type Verdict,
} from "@/lib/personality/refinement";
import { EXCERPT, excerpt, type RefinementEvidence } from "@/lib/personality/refinement-evidence";
import type { MirrorDeps } from "@/lib/profile/mirror";
import { applyDivergence } from "@/lib/refinement/writers";

export type RefinementDeps = MirrorDeps & {
  /** The sampling seed (recorded with the check); random by default. */
  seed?: () => number;
  /** The model judge; the real one by default (it answers `offline` when no model is configured). */
  judge?: typeof judgeWithModel;
};

type Sampled = RecentResponse & { thumb: number; vote: Thumb; features: Features; offline: Judgement };

const newSeed = () => randomInt(0, 2 ** 31 - 1);

export async function runRefinementCheck({
  db,
  userId,
  deps,
}: {
  db: Db;
  userId: string;
  deps: RefinementDeps;
}): Promise<RefinementCheckRow> {
  const id = crypto.randomUUID();
  const seed = (deps.seed ?? newSeed)();
  const [summary, atomsRow, recent] = await Promise.all([
    getSummary({ db, userId }),
    getProfileAtoms({ db, userId }),
    listRecentResponses({ db, userId, limit: REFINEMENT.window }),
  ]);
  const summaryVersion = summary?.version ?? 0;
  const base = { id, userId, seed, summaryVersion, wrong: 0, sampled: 0, amendmentId: null };
  const record = (fields: Pick<RefinementCheckRow, "status" | "reason"> & Partial<RefinementCheckRow>) =>
    insertRefinementCheck({ db, check: { ...base, evidence: {}, ...fields } });

  if (!summary || summary.provenance === "empty" || !atomsRow) {
    return record({ status: "insufficient", reason: "Your reading brain is empty: there is no paragraph to check your thumbs against." });
  }
  const sampling = sampleThumbed(recent, seed);
  if (sampling.kind === "insufficient") {
    return record({
      status: "insufficient",
      evidence: { checkId: id, seed, summaryVersion, thumbed: sampling.thumbed, sampled: [] },
      reason: `Only ${sampling.thumbed} of your last ${recent.length} replies ${sampling.thumbed === 1 ? "has" : "have"} a thumb; a check needs at least ${REFINEMENT.minThumbed}.`,
    });
  }

  const atoms = atomsOf(atomsRow);
  const targets = paragraphTargets(summary.text, atoms);
  const sample: Sampled[] = sampling.sample.map((r) => {
    const features = measureFeatures(r.text);
    return { ...r, thumb: r.thumb!, vote: thumbOf(r.thumb)!, features, offline: judgeOffline(targets, features) };
  });
  const judge = deps.judge ?? judgeWithModel;
  const model: ModelJudgement = await judge({ paragraph: summary.text, items: sample.map((s) => ({ prompt: s.prompt, text: s.text })) });
  const evidenceOf = (verdicts: Verdict[] | null, wrong: number): RefinementEvidence => ({
    checkId: id,
    seed,
    summaryVersion,
    judge: model.kind === "offline" ? "offline" : "model",
    thumbed: sampling.thumbed,
    sampled: sample.map((s, i) => ({
      responseId: s.id,
      surface: s.surface,
      ...(s.app ? { app: s.app } : {}),
      prompt: excerpt(s.prompt, EXCERPT.prompt),
      excerpt: excerpt(s.text, EXCERPT.reply),
      thumb: s.vote,
      ...(verdicts ? { prediction: verdicts[i]!, correct: (s.vote === "up") === (verdicts[i] === "approve") } : {}),
      mismatches: s.offline.mismatches,
    })),
    wrong,
  });

  if (model.kind === "failed") {
    return record({ status: "failed", sampled: sample.length, evidence: evidenceOf(null, 0), reason: model.reason });
  }
  const verdicts = model.kind === "judged" ? model.verdicts : sample.map((s) => s.offline.verdict);
  const scored = sample.map((s, i) => ({ thumb: s.vote, verdict: verdicts[i]!, features: s.features }));
  const wrong = countWrong(scored);
  const counts = { sampled: sample.length, wrong };
  const predicted = `Your paragraph predicted ${sample.length - wrong} of ${sample.length} sampled thumbs.`;
  if (!isDivergent(wrong)) {
    return record({ status: "aligned", ...counts, evidence: evidenceOf(verdicts, wrong), reason: predicted });
  }

  const sentence = refinementAmendment(paragraphAtoms(summary.text, atoms), refinementMoves(targets, scored));
  const diverged = (reason: string) => record({ status: "diverged", ...counts, evidence: evidenceOf(verdicts, wrong), reason });
  if (!sentence) {
    return diverged(`${predicted} The thumbs disagree with it, but point in no direction one sentence could state, so nothing was suggested.`);
  }
  const moves = sentence.moves.map(({ dimension, from, value }) => ({ dimension, from, value }));
  const evidence = { ...evidenceOf(verdicts, wrong), moves } as Record<string, unknown>;
  const outcome = await applyDivergence(
    { db, userId, deps },
    { check: { ...base, status: "diverged", ...counts, evidence, reason: predicted }, sentence: sentence.text, moves: sentence.moves, evidence },
  );
  if ("check" in outcome) return outcome.check;
  return diverged(
    outcome.route === "outdated"
      ? `${predicted} Your paragraph changed while the check ran, so nothing was suggested.`
      : `${predicted} There is no paragraph to amend.`,
  );
}
