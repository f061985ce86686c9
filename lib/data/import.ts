import "server-only";
import type { Db } from "@/db/client";
import { insertUserRows, type NewUserRows } from "@/db/queries/data-export";
import { deleteUserData, exportedTables, hasUserData } from "@/db/queries/user-data";
import { AppError, fromZod } from "@/lib/errors";
import { isOrdinal, optionsOf, type Dimension } from "@/lib/personality/atoms";
import { envelopeSchema, exportFileSchema, type ExportFile } from "./export-format";

const refused = (message: string) => new AppError("bad_request:account", message);

/**
 * An export file's bytes as a checked ExportFile, or a 400 that says what is wrong: not JSON, not an export,
 * another format version (named before anything else), a field out of its bounds, or rows that do not hang
 * together (an id used twice, a reference to a row the file does not contain — such as another user's).
 */
export function parseExportFile(bytes: Uint8Array): ExportFile {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw refused("The file is not valid JSON: choose the .json file an export gave you.");
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw fromZod("account", envelope.error);
  const parsed = exportFileSchema.safeParse(json);
  if (!parsed.success) throw fromZod("account", parsed.error);
  checkConsistency(parsed.data);
  return parsed.data;
}

/** The cross-row rules a schema cannot state; the first broken one is the answer. */
function checkConsistency(file: ExportFile): void {
  const seen = new Set<string>();
  const own = (kind: string, rows: { id: string }[]) => {
    const ids = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.id)) throw refused(`${kind}[${i}] reuses an id that appears earlier in the file.`);
      seen.add(r.id);
      ids.add(r.id);
    });
    return ids;
  };
  const amendments = own("amendments", file.amendments);
  const conversations = own("conversations", file.conversations);
  const responses = own("responses", file.responses);
  own("messages", file.messages);
  own("refinementChecks", file.refinementChecks);
  const mustBeIn = (ids: Set<string>, what: string, where: string, value: string | null) => {
    if (value !== null && !ids.has(value)) throw refused(`${where} refers to ${what} that is not in the file.`);
  };
  file.responses.forEach((r, i) => mustBeIn(conversations, "a conversation", `responses[${i}].conversationId`, r.conversationId));
  file.messages.forEach((m, i) => {
    mustBeIn(conversations, "a conversation", `messages[${i}].conversationId`, m.conversationId);
    mustBeIn(responses, "a reply", `messages[${i}].responseId`, m.responseId);
  });
  file.signals.forEach((g, i) => {
    mustBeIn(responses, "a reply", `signals[${i}].responseId`, g.responseId);
    const problem = signalProblem(g);
    if (problem) throw refused(`signals[${i}]: ${problem}`);
  });
  file.refinementChecks.forEach((c, i) => mustBeIn(amendments, "an amendment", `refinementChecks[${i}].amendmentId`, c.amendmentId));

  const dims = new Set<string>();
  file.statistics.forEach((t, i) => {
    if (dims.has(t.dimension)) throw refused(`statistics[${i}] repeats the dimension ${t.dimension}.`);
    dims.add(t.dimension);
    if (t.state.kind !== (isOrdinal(t.dimension) ? "numeric" : "categorical")) {
      throw refused(`statistics[${i}].state is not a state for ${t.dimension}.`);
    }
  });

  const { profile, paragraph } = file;
  const top = paragraph?.version ?? 0;
  if (paragraph && paragraph.provenance !== "empty" && !profile) throw refused("The file has a paragraph but no settings it was written from.");
  // The mirror invariant (docs/design.md): a paragraph the automation owns was written from the atoms beside it.
  if (paragraph && (paragraph.provenance === "onboarding" || paragraph.provenance === "evolved") && paragraph.atomsVersion !== profile?.version) {
    throw refused("The paragraph does not belong to the settings in the file (paragraph.atomsVersion ≠ profile.version).");
  }
  const versions = new Set<number>();
  file.paragraphHistory.forEach((v, i) => {
    if (v.version > top || versions.has(v.version)) throw refused(`paragraphHistory[${i}] has a version the paragraph never had.`);
    versions.add(v.version);
  });
  file.responses.forEach((r, i) => {
    if (r.summaryVersion > top) throw refused(`responses[${i}].summaryVersion is newer than the paragraph.`);
  });
}

/** A signal row as the writers make them: an ordinal's value, a categorical's option index, or neither. */
function signalProblem(g: ExportFile["signals"][number]): string | null {
  if (g.dimension === null) return g.value === null && g.category === null ? null : "a signal without a dimension carries no value.";
  const dim: Dimension = g.dimension;
  if (isOrdinal(dim)) return g.value !== null && g.category === null ? null : `a ${dim} signal carries a value in [0, 1] and no category.`;
  return g.category !== null && g.value === null && g.category < optionsOf(dim).length
    ? null
    : `a ${dim} signal carries an option index below ${optionsOf(dim).length} and no value.`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The file's rows with fresh ids: every id the file defines gets a new one, and every reference (columns, and
 * ids inside evidence JSON) is rewritten through the same map. An id inside evidence that the file does not
 * define (a reply deleted before the export) gets a fresh id too, so no id from the file ever reaches the store.
 */
export function remapIds(file: ExportFile, newId: () => string = () => crypto.randomUUID()): NewUserRows {
  const map = new Map<string, string>();
  const to = (old: string) => {
    let next = map.get(old.toLowerCase());
    if (!next) map.set(old.toLowerCase(), (next = newId()));
    return next;
  };
  const toOrNull = (old: string | null) => (old === null ? null : to(old));
  const json = (value: unknown): unknown => {
    if (typeof value === "string") return UUID.test(value) ? to(value) : value;
    if (Array.isArray(value)) return value.map(json);
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v)]));
    return value;
  };
  const evidence = (e: Record<string, unknown>) => json(e) as Record<string, unknown>;
  const date = (s: string) => new Date(s);
  const dateOrNull = (s: string | null) => (s === null ? null : new Date(s));
  const { profile: p, paragraph: s } = file;
  return {
    profile: p && { ...p, updatedAt: date(p.updatedAt) },
    paragraph: s && { ...s, updatedAt: date(s.updatedAt) },
    paragraphHistory: file.paragraphHistory.map((v) => ({ ...v, createdAt: date(v.createdAt) })),
    amendments: file.amendments.map((a) => ({
      ...a,
      id: to(a.id),
      evidence: evidence(a.evidence),
      createdAt: date(a.createdAt),
      decidedAt: dateOrNull(a.decidedAt),
    })),
    conversations: file.conversations.map((c) => ({ ...c, id: to(c.id), createdAt: date(c.createdAt), updatedAt: date(c.updatedAt) })),
    // A gateway reply keeps its app's name; its key stays behind on the instance it came from.
    responses: file.responses.map((r) => ({ ...r, id: to(r.id), conversationId: toOrNull(r.conversationId), apiKeyId: null, createdAt: date(r.createdAt) })),
    messages: file.messages.map((m) => ({
      ...m,
      id: to(m.id),
      conversationId: to(m.conversationId),
      responseId: toOrNull(m.responseId),
      createdAt: date(m.createdAt),
    })),
    signals: file.signals.map((g) => ({ ...g, responseId: toOrNull(g.responseId), createdAt: date(g.createdAt) })),
    statistics: file.statistics.map((t) => ({
      ...t,
      driftDetectedAt: dateOrNull(t.driftDetectedAt),
      lastDriftAt: dateOrNull(t.lastDriftAt),
      updatedAt: date(t.updatedAt),
    })),
    refinementChecks: file.refinementChecks.map((c) => ({
      ...c,
      id: to(c.id),
      evidence: evidence(c.evidence),
      amendmentId: toOrNull(c.amendmentId),
      createdAt: date(c.createdAt),
    })),
  };
}

export type ImportResult = { conversations: number; replies: number; signals: number; versions: number };

/**
 * Writes a checked file into the user's store in ONE transaction: all of it or nothing. A user who already has
 * data must say `replace` (their rows are deleted first, in the same transaction); otherwise 409 and nothing
 * changes — an import never merges two reading brains.
 */
export async function importUserData({
  db,
  userId,
  file,
  replace,
}: {
  db: Db;
  userId: string;
  file: ExportFile;
  replace: boolean;
}): Promise<ImportResult> {
  const rows = remapIds(file);
  await db.transaction(async (tx) => {
    // API keys are not part of a file and stay with the importer (db/queries/user-data.ts#exportedTables).
    const tables = exportedTables();
    if (await hasUserData({ db: tx, userId, tables })) {
      if (!replace) {
        throw new AppError("conflict:account", "This profile already has data. Importing replaces all of it: confirm that to go on.");
      }
      await deleteUserData({ tx, userId, tables });
    }
    await insertUserRows({ tx, userId, rows });
  });
  return {
    conversations: file.conversations.length,
    replies: file.responses.length,
    signals: file.signals.length,
    versions: file.paragraphHistory.length,
  };
}
