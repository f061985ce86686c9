import "server-only";
import type { Db } from "@/db/client";
import { readUserRows } from "@/db/queries/data-export";
import { atomsOf } from "@/db/queries/profile";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from "./export-format";

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
type Json = Record<string, never>;

/**
 * Everything the user owns as one export file (docs/export-format.md), read in one consistent snapshot. The user
 * id is not in it: the file is about a reading brain, not about which row of which instance held it.
 */
export async function exportUserData({ db, userId, now = new Date() }: { db: Db; userId: string; now?: Date }): Promise<ExportFile> {
  const rows = await readUserRows({ db, userId });
  const p = rows.profile;
  const s = rows.paragraph;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now),
    profile: p && {
      ...atomsOf(p),
      aboutMe: p.aboutMe,
      version: p.version,
      updatedAt: iso(p.updatedAt),
    },
    paragraph: s && {
      text: s.text,
      provenance: s.provenance,
      version: s.version,
      atomsVersion: s.atomsVersion,
      reason: s.reason,
      stale: s.stale,
      staleDims: s.staleDims as ExportFile["statistics"][number]["dimension"][],
      updatedAt: iso(s.updatedAt),
    },
    paragraphHistory: rows.paragraphHistory.map((v) => ({
      version: v.version,
      text: v.text,
      provenance: v.provenance,
      reason: v.reason,
      atoms: v.atoms,
      createdAt: iso(v.createdAt),
    })),
    amendments: rows.amendments.map((a) => ({
      id: a.id,
      text: a.text,
      status: a.status,
      source: a.source,
      evidence: a.evidence as Json,
      createdAt: iso(a.createdAt),
      decidedAt: isoOrNull(a.decidedAt),
    })),
    conversations: rows.conversations.map((c) => ({ id: c.id, title: c.title, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt) })),
    responses: rows.responses.map((r) => ({
      id: r.id,
      surface: r.surface,
      conversationId: r.conversationId,
      prompt: r.prompt,
      text: r.text,
      summaryVersion: r.summaryVersion,
      thumb: r.thumb === 1 || r.thumb === -1 ? r.thumb : null,
      status: r.status,
      app: r.app,
      createdAt: iso(r.createdAt),
    })),
    messages: rows.messages.map((m) => ({
      id: m.id,
      conversationId: m.conversationId,
      role: m.role,
      text: m.text,
      responseId: m.responseId,
      createdAt: iso(m.createdAt),
    })),
    signals: rows.signals.map((g) => ({
      dimension: g.dimension as ExportFile["signals"][number]["dimension"],
      value: g.value,
      category: g.category,
      source: g.source,
      weight: g.weight,
      responseId: g.responseId,
      createdAt: iso(g.createdAt),
    })),
    statistics: rows.statistics.map((t) => ({
      dimension: t.dimension as ExportFile["statistics"][number]["dimension"],
      state: t.state as Json,
      estimate: t.estimate,
      confidence: t.confidence,
      n: t.n,
      driftDetectedAt: isoOrNull(t.driftDetectedAt),
      lastDriftAt: isoOrNull(t.lastDriftAt),
      dirty: t.dirty,
      updatedAt: iso(t.updatedAt),
    })),
    refinementChecks: rows.refinementChecks.map((c) => ({
      id: c.id,
      status: c.status,
      seed: c.seed,
      summaryVersion: c.summaryVersion,
      evidence: c.evidence as Json,
      wrong: c.wrong,
      sampled: c.sampled,
      reason: c.reason,
      amendmentId: c.amendmentId,
      createdAt: iso(c.createdAt),
    })),
  };
}

/** The file's name: the instance's name and the day, nothing about the user. */
export function exportFileName(now = new Date()): string {
  return `profile-maker-export-${now.toISOString().slice(0, 10)}.json`;
}
