/**
 * #6 — the write-time design against the naive one. Write-time (the app): the paragraph is verbalized when the
 * atoms change, so a prompt costs one primary-key read (readPreamble). Naive: verbalize on every call — read the
 * atoms and the folded amendments, run the verbalizer, build the prompt. Two comparisons on the same users:
 * the prompt assembly alone, and time to first token of a chat reply (the real harness, against a copy of its
 * streamText call fed by the naive assembly). The verbalizer here is the offline one, the cheapest there is:
 * with an LLM verbalizer the naive path would add a model call (hundreds of ms) to every prompt.
 */
import { performance } from "node:perf_hooks";
import { streamText } from "ai";
import { getDb } from "@/db/client";
import { listFoldableAmendments } from "@/db/queries/amendments";
import { atomsOf, getProfileAtoms } from "@/db/queries/profile";
import { settleOnce } from "@/lib/ai/harness";
import { createOfflineModel } from "@/lib/ai/offline-model";
import { readPreamble } from "@/lib/ai/preamble";
import { buildSystem } from "@/lib/ai/prompts";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import type { Bench } from "./context";
import { scaled } from "./context";
import { createBenchDatabase, installAppDatabase } from "./db";
import { onboardUsers } from "./fixtures";
import { figure } from "./report";
import { formatMs, interleave, rounded, summarize } from "./stats";
import { QUESTIONS, firstTokenMs, harnessTtft } from "./ttft";

/** The system prompt as the naive design would build it: verbalized from the atoms on this very call. */
async function promptTimeSystem(userId: string): Promise<string> {
  const db = await getDb();
  const [row, folded] = await Promise.all([getProfileAtoms({ db, userId }), listFoldableAmendments({ db, userId })]);
  const paragraph = row ? verbalizeOffline({ atoms: atomsOf(row), aboutMe: row.aboutMe, amendments: folded.map((a) => a.text) }) : null;
  return buildSystem(paragraph, "chat");
}

async function writeTimeSystem(userId: string): Promise<string> {
  return buildSystem((await readPreamble(userId)).text, "chat");
}

const model = createOfflineModel({ delayMs: 0 });

/** The harness's streamSurface with the paragraph read replaced by prompt-time verbalization. */
async function naiveTtft(userId: string, prompt: string): Promise<number> {
  const t0 = performance.now();
  const system = await promptTimeSystem(userId);
  const result = streamText({ model, instructions: system, prompt, maxOutputTokens: 2000, maxRetries: 1, onError: () => undefined });
  return firstTokenMs(settleOnce(result.stream, async () => undefined), t0);
}

export const writeVsPromptTimeBench: Bench = {
  name: "write-vs-prompt-time",
  id: "6",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const database = await createBenchDatabase(ctx.driver, "naive");
    try {
      installAppDatabase(database);
      const users = 40;
      const calls = scaled(ctx, 600, 100);
      const ids = await onboardUsers(database.db, 1, users);
      for (const id of ids) {
        if ((await writeTimeSystem(id)) !== (await promptTimeSystem(id))) throw new Error("naive bench: the two designs build different prompts");
      }
      ctx.log(`#6 ${calls} prompt assemblies and ${calls} replies per arm`);
      const assembly = await interleave(
        { writeTime: (i) => writeTimeSystem(ids[i % users]!), promptTime: (i) => promptTimeSystem(ids[i % users]!) },
        { iterations: calls, block: 50, warmup: 50 },
      );
      const ttft: Record<string, number[]> = { writeTime: [], promptTime: [] };
      const question = (i: number) => QUESTIONS[Math.floor(i / users) % QUESTIONS.length]!;
      const warmup = 50;
      await interleave(
        {
          writeTime: async (i) => void ttft.writeTime!.push(await harnessTtft(ids[i % users]!, question(i))),
          promptTime: async (i) => void ttft.promptTime!.push(await naiveTtft(ids[i % users]!, question(i))),
        },
        { iterations: calls, block: 25, warmup },
      );
      const aw = summarize(assembly.writeTime!);
      const ap = summarize(assembly.promptTime!);
      const tw = summarize(ttft.writeTime!.slice(warmup));
      const tp = summarize(ttft.promptTime!.slice(warmup));
      return {
        bench: "write-vs-prompt-time",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures: [
          figure({
            id: "6",
            what: "prompt assembly p50: verbalize at prompt time",
            value: formatMs(ap.p50),
            baseline: `write-time (readPreamble): ${formatMs(aw.p50)}`,
            ratio: ap.p50 / aw.p50,
            target: "reported ratio",
          }),
          figure({
            id: "6",
            what: "chat time to first token p50: verbalize at prompt time",
            value: formatMs(tp.p50),
            baseline: `write-time: ${formatMs(tw.p50)}`,
            ratio: tp.p50 / tw.p50,
            target: "reported ratio",
          }),
        ],
        details: {
          calls,
          assemblyMs: { writeTime: rounded(aw, 4), promptTime: rounded(ap, 4) },
          ttftMs: { writeTime: rounded(tw, 4), promptTime: rounded(tp, 4) },
        },
      };
    } finally {
      await database.drop();
    }
  },
};
