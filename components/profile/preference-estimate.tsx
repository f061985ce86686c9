import { LANGUAGE_NAMES, type Dimension, type Language } from "@/lib/personality/atoms";
import type { ProfileView } from "@/lib/profile/view";
import { optionLabelOf } from "./atom-copy";

type Estimate = ProfileView["estimates"][Dimension];

/** An option as prose: "detailed", "life sciences", "Spanish". */
export function optionWords(dim: Dimension, key: string): string {
  if (dim === "language") return LANGUAGE_NAMES[key as Language] ?? key;
  return optionLabelOf(dim, key).toLowerCase();
}

/**
 * What L3 makes of the user's own signals for one control: "Your recent feedback leans: detailed · confidence
 * high", or "not enough signal yet" below five signals in the window.
 */
export function PreferenceEstimate({ dim, estimate }: { dim: Dimension; estimate: Estimate }) {
  const enough = estimate && estimate.label !== "not enough signal yet";
  return (
    <p data-testid={`estimate-${dim}`} className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
      {enough ? (
        <>
          Your recent feedback leans:{" "}
          <span data-testid={`estimate-${dim}-option`} className="font-medium text-zinc-700 dark:text-zinc-200">
            {optionWords(dim, estimate.option)}
          </span>{" "}
          · confidence {estimate.label}
        </>
      ) : (
        <>
          Your recent feedback: not enough signal yet
          {estimate ? ` (${estimate.n} ${estimate.n === 1 ? "signal" : "signals"})` : ""}
        </>
      )}
    </p>
  );
}
