"use client";

import { DIMENSION_LABELS } from "@/lib/personality/atoms";
import type { JudgedDim } from "@/lib/personality/refinement";
import { refinementEvidenceOf, type SampledEvidence } from "@/lib/personality/refinement-evidence";

const PREDICTION_LABEL = { approve: "a thumb up", reject: "a thumb down" } as const;

/** The chat's thumb glyph (components/ai/thumbs.tsx), so the evidence reads like the replies it came from. */
function ThumbIcon({ up }: { up: boolean }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 20 20"
      className={`inline size-3.5 align-[-2px] ${up ? "" : "rotate-180"}`}
      fill="currentColor"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
    >
      <path d="M6 9v8H3.5A1.5 1.5 0 0 1 2 15.5v-5A1.5 1.5 0 0 1 3.5 9H6Zm0 0 3.2-6.1a1.6 1.6 0 0 1 3 .9L11.5 8h4.3a2 2 0 0 1 2 2.4l-1.2 5.4a2 2 0 0 1-2 1.6H6" />
    </svg>
  );
}

const dimList = (dims: JudgedDim[]) => dims.map((d) => DIMENSION_LABELS[d].toLowerCase()).join(", ");

function Sampled({ item, index }: { item: SampledEvidence; index: number }) {
  const right = item.correct === true;
  return (
    <li data-testid="evidence-item" data-correct={item.correct === undefined ? undefined : String(item.correct)} className="space-y-1 py-3 first:pt-0 last:pb-0">
      <p className="text-xs wrap-anywhere text-zinc-600 dark:text-zinc-400">
        <span className="sr-only">Reply {index + 1}, </span>You asked{item.app ? <> in <span data-testid="evidence-app">{item.app}</span></> : null}: <q>{item.prompt}</q>
      </p>
      <blockquote data-testid="evidence-excerpt" className="border-l-2 border-zinc-300 pl-3 text-sm break-words text-zinc-800 dark:border-zinc-700 dark:text-zinc-200">
        {item.excerpt}
      </blockquote>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
        <span data-testid="evidence-thumb" className="inline-flex items-center gap-1">
          <ThumbIcon up={item.thumb === "up"} />
          Your thumb: {item.thumb === "up" ? "up" : "down"}
        </span>
        {item.prediction ? (
          <span data-testid="evidence-prediction" className={right ? "text-emerald-700 dark:text-emerald-300" : "text-rose-700 dark:text-rose-300"}>
            <span aria-hidden>{right ? "✓" : "✗"} </span>
            Your paragraph predicted {PREDICTION_LABEL[item.prediction]}
            <span className="sr-only">{right ? ": right" : ": wrong"}</span>
          </span>
        ) : (
          <span className="text-zinc-600 dark:text-zinc-400">No prediction (the judge failed)</span>
        )}
        {item.mismatches.length > 0 && (
          <span className="text-zinc-600 dark:text-zinc-400">Differs from the paragraph on {dimList(item.mismatches)}</span>
        )}
      </p>
    </li>
  );
}

/**
 * "Show evidence" for a refinement banner: the replies the check sampled, the user's thumb on each, what the
 * paragraph predicted, right (✓) or wrong (✗). A native disclosure: keyboard and screen readers get it for free.
 */
export function RefinementEvidence({ evidence }: { evidence: Record<string, unknown> }) {
  const e = refinementEvidenceOf(evidence);
  if (!e) return null;
  const predicted = e.sampled.length - e.wrong;
  return (
    <details data-testid="refinement-evidence" className="group mt-2">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 select-none hover:underline dark:text-brand-100">
        <span className="group-open:hidden">Show evidence</span>
        <span className="hidden group-open:inline">Hide evidence</span>
      </summary>
      <div className="mt-2 rounded-lg border border-zinc-200 bg-white/70 p-3 dark:border-zinc-800 dark:bg-zinc-950/40">
        <p data-testid="evidence-summary" className="mb-3 text-sm">
          Your paragraph predicted {predicted} of {e.sampled.length} of your thumbs on replies picked at random from the{" "}
          {e.thumbed} thumbed among your last 20.
          {e.judge === "model" ? " The AI model judged from your paragraph alone." : " Judged from your paragraph's wording alone."}
        </p>
        <ol className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Sampled replies">
          {e.sampled.map((item, i) => (
            <Sampled key={item.responseId} item={item} index={i} />
          ))}
        </ol>
      </div>
    </details>
  );
}
