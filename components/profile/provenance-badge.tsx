import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Provenance } from "@/db/schema";
import { PROVENANCE_BADGES } from "@/lib/personality/provenance";

const TONE: Record<Provenance, BadgeTone> = { user: "brand", evolved: "green", onboarding: "amber", empty: "zinc" };

function Icon({ provenance }: { provenance: Provenance }) {
  const common = { "aria-hidden": true, viewBox: "0 0 16 16", className: "size-3.5", fill: "currentColor" } as const;
  if (provenance === "user") {
    return (
      <svg {...common}>
        <path d="M10.2 1.6a1 1 0 0 1 1.4 0l2.8 2.8a1 1 0 0 1 0 1.4l-1.3 1.3-.9-.2-2.3 2.3.3 2.5a1 1 0 0 1-1.7.8L6 10 2.7 13.3a.7.7 0 0 1-1-1L5 9 2.5 6.5a1 1 0 0 1 .8-1.7l2.5.3 2.3-2.3-.2-.9 1.3-1.3Z" />
      </svg>
    );
  }
  if (provenance === "evolved") {
    return (
      <svg {...common}>
        <path d="M8 1.5a.75.75 0 0 1 .75.75v1.5a4.25 4.25 0 1 1-4.1 3.1.75.75 0 1 1 1.45.4A2.75 2.75 0 1 0 8.75 5.3v1.2a.75.75 0 0 1-1.28.53l-2-2a.75.75 0 0 1 0-1.06l2-2A.75.75 0 0 1 8 1.5Z" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="3" />
    </svg>
  );
}

/** The paragraph's provenance as a badge, with the sentence that explains what it means right beside it. */
export function ProvenanceBadge({ provenance, explain = false }: { provenance: Provenance; explain?: boolean }) {
  const badge = PROVENANCE_BADGES[provenance];
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <Badge tone={TONE[provenance]} icon={<Icon provenance={provenance} />} testId="provenance-badge">
        {badge.label}
      </Badge>
      {explain && (
        <span data-testid="provenance-explanation" className="text-xs text-zinc-600 dark:text-zinc-400">
          {badge.description}
        </span>
      )}
    </span>
  );
}
