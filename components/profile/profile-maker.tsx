"use client";

import { DataCard } from "@/components/account/data-card";
import Link from "next/link";
import { LivePreview } from "@/components/ai/live-preview";
import type { ProfileView } from "@/lib/profile/view";
import { AboutMeCard } from "./about-me-card";
import { AlignmentFigure } from "./alignment-figure";
import { AmendmentList } from "./amendment-list";
import { ControlsPanel } from "./controls-panel";
import { DriftPanel } from "./drift-panel";
import { HistoryCard } from "./history-card";
import { ParagraphCard } from "./paragraph-card";
import { useProfileView } from "./use-profile";

/**
 * The reading brain. Desktop: the paragraph, about-me and history on the left, the seven controls on the
 * right. Phone: one column in the order a user works in (paragraph, controls, about-me, history).
 */
export function ProfileMaker({ initial }: { initial: ProfileView }) {
  const view = useProfileView(initial);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Your reading brain</h1>
        <p className="max-w-2xl text-zinc-600 dark:text-zinc-400">
          Every answer the AI gives you starts with the paragraph below. Tune it with the controls, edit it in
          your own words, or pin it so nothing automatic changes it.
        </p>
        <p className="text-sm">
          <Link href="/profile/apps" className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
            Use it in your apps →
          </Link>
        </p>
      </header>

      {/* Phone: the left column dissolves (display: contents) and `order` interleaves the controls after the paragraph. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2 lg:items-start">
        <div className="contents lg:flex lg:flex-col lg:gap-6">
          <div className="order-1 space-y-4">
            <AmendmentList view={view} />
            <ParagraphCard view={view} />
          </div>
          <div className="order-3">
            <AboutMeCard view={view} />
          </div>
          <div className="order-4"><LivePreview version={view.summary.version} /></div>
          <div className="order-5">
            <HistoryCard view={view} />
          </div>
          <div className="order-6">
            <DataCard canExport />
          </div>
        </div>
        <div className="order-2 space-y-6">
          <ControlsPanel view={view} />
          <DriftPanel view={view} />
          <AlignmentFigure view={view} />
        </div>
      </div>
    </div>
  );
}
