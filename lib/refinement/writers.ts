import "server-only";
import { FOLDED_AMENDMENTS_MAX, insertAmendment } from "@/db/queries/amendments";
import {
  insertDecidedAmendment,
  insertRefinementCheck,
  lockOpenRefinementAmendment,
  replaceOpenRefinementAmendment,
  type NewCheck,
} from "@/db/queries/refinement";
import type { AmendmentRow, RefinementCheckRow } from "@/db/schema";
import type { Tx } from "@/db/client";
import { DIMENSIONS, DIMENSION_LABELS } from "@/lib/personality/atoms";
import { routeRefinement, type RefinementMove, type RefinementRoute } from "@/lib/personality/refinement";
import type { WriterContext } from "@/lib/profile/writer-context";
import { mirrorWrite, type Decision } from "@/lib/profile/mirror";
import { provenanceState } from "@/lib/profile/write-plan";

export const REFINEMENT_REASON_PREFIX = "refinement: ";

/** The history's "why" for a paragraph the loop evolved: `refinement: length, density`. */
export function refinementReason(moves: readonly Pick<RefinementMove, "dimension">[]): string {
  const dims = DIMENSIONS.filter((d) => moves.some((m) => m.dimension === d));
  return REFINEMENT_REASON_PREFIX + dims.map((d) => DIMENSION_LABELS[d].toLowerCase()).join(", ");
}

export type DivergenceOutcome =
  | { route: Exclude<RefinementRoute, "none">; check: RefinementCheckRow; amendmentId: string }
  /** Nothing written: the paragraph changed since the check read it, or there is none to amend. */
  | { route: "outdated" | "none" };

/**
 * A diverged check with its sentence, as runRefinementCheck computed it from `check.summaryVersion`; the check's
 * reason gets what was done with the sentence appended.
 */
export type Divergence = {
  check: Omit<NewCheck, "amendmentId">;
  sentence: string;
  moves: RefinementMove[];
  evidence: Record<string, unknown>;
};

const REASONS: Record<Exclude<RefinementRoute, "none">, string> = {
  propose: "Suggested an addition to your pinned paragraph.",
  "fold-later": "The sentence is kept for your paragraph's next re-evolution.",
  "evolve-now": "Your paragraph evolved with the sentence folded in.",
};

/**
 * Acts on a divergence by provenance (docs/design.md, L6), through the mirror, in ONE transaction with the check row:
 * - pinned (`user`): a refinement proposal (a banner); the text is never touched. An open one is rewritten with
 *   the newer sentence and evidence, so there is one refinement banner at most.
 * - `evolved`, or `onboarding` short of the evolution threshold: the sentence is stored `accepted` — automation
 *   may amend these paragraphs, so nobody is asked — and the mirror folds it into the next re-emission of the
 *   paragraph (re-evolution after drift, Regenerate, a control change), which marks it `folded`. One waits at most.
 * - `onboarding` at the threshold: the first evolution now, verbalized with the sentence folded in (`folded`).
 * The mirror's compare-and-set on the paragraph's version makes "the paragraph the check judged" a precondition:
 * if it changed meanwhile (the user saved, a control moved), nothing is written and the caller records that.
 */
export async function applyDivergence(ctx: WriterContext, input: Divergence): Promise<DivergenceOutcome> {
  const { userId } = ctx;
  const amendmentId = crypto.randomUUID();
  const record = (tx: Tx, route: Exclude<RefinementRoute, "none">, id: string) =>
    insertRefinementCheck({ db: tx, check: { ...input.check, amendmentId: id, reason: `${input.check.reason} ${REASONS[route]}`.trim() } });

  const { value } = await mirrorWrite<DivergenceOutcome>({
    ...ctx,
    decide: (snap): Decision<DivergenceOutcome> => {
      if (!snap.summary || snap.summary.version !== input.check.summaryVersion) return { skip: { route: "outdated" } };
      const route = routeRefinement(provenanceState(snap));
      if (route === "none") return { skip: { route } };

      if (route === "propose" || route === "fold-later") {
        const statuses: AmendmentRow["status"][] = route === "propose" ? ["proposed"] : ["accepted"];
        return {
          write: {
            also: async (tx) => {
              const open = await lockOpenRefinementAmendment({ tx, userId, statuses });
              const fields = { tx, userId, text: input.sentence, evidence: input.evidence };
              const row = open
                ? await replaceOpenRefinementAmendment({ ...fields, id: open.id })
                : route === "propose"
                  ? await insertAmendment({ ...fields, source: "refinement" })
                  : await insertDecidedAmendment({ ...fields, id: amendmentId, status: "accepted" });
              const check = await record(tx, route, row!.id);
              return { route, check, amendmentId: row!.id };
            },
          },
        };
      }

      const now = new Date();
      const folding: AmendmentRow = {
        id: amendmentId,
        userId,
        text: input.sentence,
        status: "folded",
        source: "refinement",
        evidence: input.evidence,
        createdAt: now,
        decidedAt: now,
      };
      return {
        write: {
          paragraph: {
            from: "atoms",
            provenance: "evolved",
            reason: refinementReason(input.moves),
            fold: [...snap.folded, folding].slice(-FOLDED_AMENDMENTS_MAX),
          },
          also: async (tx) => {
            await insertDecidedAmendment({ tx, userId, id: amendmentId, text: input.sentence, status: "folded", evidence: input.evidence });
            return { route, check: await record(tx, route, amendmentId), amendmentId };
          },
        },
      };
    },
  });
  return value;
}
