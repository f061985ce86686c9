import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  aiResponse,
  amendment,
  conversation,
  message,
  personalitySummary,
  personalitySummaryVersion,
  preferenceStat,
  profileAtoms,
  refinementCheck,
  signal,
  type AiResponseRow,
  type AmendmentRow,
  type ConversationRow,
  type MessageRow,
  type PreferenceStatRow,
  type ProfileAtomsRow,
  type RefinementCheckRow,
  type SignalRow,
  type SummaryRow,
  type SummaryVersionRow,
} from "@/db/schema";

/** Everything one user owns, table by table, in a stable order (the signal log in its own order). */
export type UserRows = {
  profile: ProfileAtomsRow | null;
  paragraph: SummaryRow | null;
  paragraphHistory: SummaryVersionRow[];
  amendments: AmendmentRow[];
  conversations: ConversationRow[];
  responses: AiResponseRow[];
  messages: MessageRow[];
  signals: SignalRow[];
  statistics: PreferenceStatRow[];
  refinementChecks: RefinementCheckRow[];
};

/** What an import writes: the same rows without the user (the caller's) and without generated serial ids. */
export type NewUserRows = {
  profile: Omit<ProfileAtomsRow, "userId"> | null;
  paragraph: Omit<SummaryRow, "userId"> | null;
  paragraphHistory: Omit<SummaryVersionRow, "userId" | "id">[];
  amendments: Omit<AmendmentRow, "userId">[];
  conversations: Omit<ConversationRow, "userId">[];
  responses: Omit<AiResponseRow, "userId">[];
  messages: Omit<MessageRow, "userId">[];
  signals: Omit<SignalRow, "userId" | "id">[];
  statistics: Omit<PreferenceStatRow, "userId">[];
  refinementChecks: Omit<RefinementCheckRow, "userId">[];
};

/**
 * Reads every row of the user in ONE repeatable-read transaction, so the export is one consistent snapshot
 * even while a reply or a thumb is being written.
 */
export async function readUserRows({ db, userId }: { db: Db; userId: string }): Promise<UserRows> {
  return db.transaction(
    async (tx) => {
      const [profile] = await tx.select().from(profileAtoms).where(eq(profileAtoms.userId, userId));
      const [paragraph] = await tx.select().from(personalitySummary).where(eq(personalitySummary.userId, userId));
      return {
        profile: profile ?? null,
        paragraph: paragraph ?? null,
        paragraphHistory: await tx
          .select()
          .from(personalitySummaryVersion)
          .where(eq(personalitySummaryVersion.userId, userId))
          .orderBy(asc(personalitySummaryVersion.id)),
        amendments: await tx.select().from(amendment).where(eq(amendment.userId, userId)).orderBy(asc(amendment.createdAt), asc(amendment.id)),
        conversations: await tx
          .select()
          .from(conversation)
          .where(eq(conversation.userId, userId))
          .orderBy(asc(conversation.createdAt), asc(conversation.id)),
        responses: await tx.select().from(aiResponse).where(eq(aiResponse.userId, userId)).orderBy(asc(aiResponse.createdAt), asc(aiResponse.id)),
        messages: await tx.select().from(message).where(eq(message.userId, userId)).orderBy(asc(message.createdAt), asc(message.id)),
        signals: await tx.select().from(signal).where(eq(signal.userId, userId)).orderBy(asc(signal.id)),
        statistics: await tx.select().from(preferenceStat).where(eq(preferenceStat.userId, userId)).orderBy(asc(preferenceStat.dimension)),
        refinementChecks: await tx
          .select()
          .from(refinementCheck)
          .where(eq(refinementCheck.userId, userId))
          .orderBy(asc(refinementCheck.createdAt), asc(refinementCheck.id)),
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** Rows per insert statement: well under PostgreSQL's 65,535 parameters for the widest table. */
const BATCH = 1000;

async function insertBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * Writes a user's rows inside the caller's transaction, parents before children (conversations and amendments,
 * then responses, messages, signals and checks). The signal log is inserted in its order, so its serial ids
 * keep it.
 */
export async function insertUserRows({ tx, userId, rows }: { tx: Tx; userId: string; rows: NewUserRows }): Promise<void> {
  const mine = <T extends object>(list: T[]) => list.map((r) => ({ ...r, userId }));
  if (rows.profile) await tx.insert(profileAtoms).values({ ...rows.profile, userId });
  if (rows.paragraph) await tx.insert(personalitySummary).values({ ...rows.paragraph, userId });
  await insertBatches(mine(rows.paragraphHistory), (b) => tx.insert(personalitySummaryVersion).values(b));
  await insertBatches(mine(rows.amendments), (b) => tx.insert(amendment).values(b));
  await insertBatches(mine(rows.conversations), (b) => tx.insert(conversation).values(b));
  await insertBatches(mine(rows.responses), (b) => tx.insert(aiResponse).values(b));
  await insertBatches(mine(rows.messages), (b) => tx.insert(message).values(b));
  await insertBatches(mine(rows.signals), (b) => tx.insert(signal).values(b));
  await insertBatches(mine(rows.statistics), (b) => tx.insert(preferenceStat).values(b));
  await insertBatches(mine(rows.refinementChecks), (b) => tx.insert(refinementCheck).values(b));
}
