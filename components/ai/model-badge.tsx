import { Badge } from "@/components/ui/badge";
import type { ModelLabel } from "@/lib/ai/client-contract";

/**
 * Which model wrote a reply. The offline demo model is always named as such, so nobody mistakes its replies
 * for a hosted model's.
 */
export function ModelBadge({ model, testId = "model-badge" }: { model: ModelLabel; testId?: string }) {
  if (!model.offline) return <Badge testId={testId}>{model.label}</Badge>;
  return (
    <span title="Runs on this server with no API key: deterministic replies that follow your paragraph's wording.">
      <Badge tone="amber" testId={testId}>
        {model.label}
      </Badge>
    </span>
  );
}
