"use client";

import { useState } from "react";
import { TEXT_MAX } from "@/app/api/chat/schema";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CountedTextarea } from "@/components/ui/counted-textarea";
import type { ContextDto } from "@/lib/ai/client-contract";
import { ModelBadge } from "./model-badge";
import { SurfaceReply } from "./surface-reply";
import { useTextSurface } from "./use-text-surface";
import { WhatTheAiSees } from "./what-the-ai-sees";

const SAMPLE =
  "Inflation is the rate at which the general level of prices for goods and services rises, and with it the " +
  "purchasing power of money falls. Central banks try to keep it low and stable, often around two percent a " +
  "year, mainly by raising or lowering interest rates: higher rates make borrowing dearer, cool spending and " +
  "slow price rises, while lower rates do the opposite. Too much inflation erodes savings; deflation, falling " +
  "prices, can make people delay purchases and deepen a downturn.";

/** Explain and summarize: one text, two surfaces, the same paragraph shaping both (and the chat). */
export function ToolsScreen({ contexts }: { contexts: Record<"explain" | "summarize", ContextDto> }) {
  const [text, setText] = useState("");
  const [last, setLast] = useState<"explain" | "summarize">("explain");
  const explain = useTextSurface("explain");
  const summarize = useTextSurface("summarize");
  const valid = text.trim() !== "" && text.length <= TEXT_MAX;
  const runs = { explain, summarize };

  const go = (surface: "explain" | "summarize") => {
    setLast(surface);
    void runs[surface].run({ text: text.trim() });
  };
  const sent = runs[last].meta?.preamble ?? null;

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="flex min-w-0 flex-col gap-4">
        <header className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Explain &amp; summarize</h1>
          <ModelBadge model={contexts.explain.model} testId="tools-model" />
        </header>
        <p className="text-zinc-600 dark:text-zinc-400">
          Paste any text. The same paragraph about you shapes the explanation, the summary and the chat.
        </p>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) go("explain");
          }}
        >
          <CountedTextarea
            id="tools-text"
            label="Text to explain or summarize"
            value={text}
            onChange={setText}
            max={TEXT_MAX}
            rows={7}
            placeholder="Paste an article, a paragraph from a paper, a contract clause…"
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="primary" disabled={!valid || explain.status === "streaming"}>
              Explain
            </Button>
            <Button onClick={() => go("summarize")} disabled={!valid || summarize.status === "streaming"}>
              Summarize
            </Button>
            <Button variant="ghost" onClick={() => setText(SAMPLE)}>
              Use a sample text
            </Button>
          </div>
        </form>
        <Card id="explain-result" title="Explanation">
          <SurfaceReply
            run={explain}
            testId="explain-reply"
            onRetry={() => go("explain")}
            onStop={explain.stop}
            placeholder="Press Explain to see it explained for you."
            thumbLabel="explanation"
          />
        </Card>
        <Card id="summarize-result" title="Summary">
          <SurfaceReply
            run={summarize}
            testId="summarize-reply"
            onRetry={() => go("summarize")}
            onStop={summarize.stop}
            placeholder="Press Summarize to see it summarized for you."
            thumbLabel="summary"
          />
        </Card>
      </div>
      <aside className="lg:sticky lg:top-4 lg:self-start" aria-label="About these replies">
        <WhatTheAiSees key={last} surface={last} initialNext={contexts[last]} sent={sent} />
      </aside>
    </div>
  );
}
