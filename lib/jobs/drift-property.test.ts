/**
 * Property test (seeded, so a failure replays exactly): random sequences of control nudges, thumbs and undos on
 * offline-model replies, about-me saves, bursts of drifting signals, sweeps, direct re-evolutions and dismissed
 * banners. After EVERY step: a pinned paragraph is byte-for-byte what the user saved, and every non-pinned one
 * keeps the mirror invariant (atoms_version = profile_atoms.version, text = verbalize(atoms)).
 */
import { expect, it } from "vitest";
import { listProposedAmendments } from "@/db/queries/amendments";
import { insertResponse } from "@/db/queries/responses";
import { offlineReply } from "@/lib/ai/offline-model";
import { buildSystem } from "@/lib/ai/prompts";
import { rateResponse } from "@/lib/profile/thumb-writers";
import { CATEGORICAL_ATOMS, ORDINAL_ATOMS, ORDINAL_DIMS, ordinalValue, type AtomChange } from "@/lib/personality/atoms";
import { mulberry32 } from "@/lib/personality/simulate";
import { dismissAmendment } from "@/lib/profile/amendment-writers";
import { nudgeAtom, saveAboutMe } from "@/lib/profile/atom-writers";
import { resolveDrift } from "@/lib/profile/evolution-writers";
import { dump, expectMirror, offline } from "@/lib/profile/testing";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";
import { runDriftSweep } from "./drift-sweep";
import { LONG_DENSE, ORDINARY, feed, shift, userWith, type Kind } from "./testing";

const SEEDS = [1, 7, 2024];
const STEPS = 45;

describeDrivers("drift property: pinned text never changes, the mirror always holds", (ctx) => {
  installAppDatabase(ctx);
  const db = () => ctx.database.db;
  const seen = new Set<string>();

  for (const seed of SEEDS) {
    it(`seed ${seed}: ${STEPS} random steps on a pinned, an evolved and an onboarding profile`, async () => {
      const rand = mulberry32(seed);
      const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
      const kinds: Kind[] = ["pinned", "evolved", "onboarding"];
      const users = await Promise.all(kinds.map((k) => userWith(db(), k)));
      const responses = new Map<string, string[]>(users.map((u) => [u.userId, []]));
      const log: string[] = [];

      const actions = {
        nudge: async (u: (typeof users)[number]) => {
          const ordinal = rand() < 0.75;
          const change = ordinal
            ? (() => {
                const dimension = pick(ORDINAL_DIMS);
                return { dimension, value: Math.floor(rand() * ORDINAL_ATOMS[dimension].length) };
              })()
            : { dimension: "domain" as const, value: pick(CATEGORICAL_ATOMS.domain) };
          await nudgeAtom(u.c, change as AtomChange);
          return `nudge ${change.dimension}=${change.value}`;
        },
        thumb: async (u: (typeof users)[number]) => {
          const { summary } = await dump(db(), u.userId);
          const question = rand() < 0.5 ? ORDINARY(Math.floor(rand() * 6)) : LONG_DENSE(Math.floor(rand() * 6));
          const text = offlineReply([
            { role: "system", content: buildSystem(summary!.text, "chat") },
            { role: "user", content: [{ type: "text", text: question }] },
          ]);
          const id = crypto.randomUUID();
          await insertResponse({
            db: db(),
            values: { id, userId: u.userId, surface: "chat", prompt: question, text, summaryVersion: summary!.version, status: "complete" },
          });
          responses.get(u.userId)!.push(id);
          const thumb = rand() < 0.8 ? "up" : "down";
          await rateResponse({ userId: u.userId, responseId: id, thumb });
          return `thumb ${thumb} "${question}"`;
        },
        undo: async (u: (typeof users)[number]) => {
          const ids = responses.get(u.userId)!;
          if (ids.length === 0) return "undo (none)";
          const thumb = pick(["up", "down", null] as const);
          await rateResponse({ userId: u.userId, responseId: pick(ids), thumb });
          return `rethumb ${thumb}`;
        },
        aboutMe: async (u: (typeof users)[number]) => {
          const text = pick(["", "I teach chemistry.", "I read on the train.", "Nurse, night shifts."]);
          await saveAboutMe(u.c, text);
          return `about-me "${text}"`;
        },
        burst: async (u: (typeof users)[number]) => {
          const dimension = pick(ORDINAL_DIMS);
          const [from, to] = [Math.floor(rand() * 4), Math.floor(rand() * 4)];
          await feed(db(), u.userId, { [dimension]: shift(ordinalValue(dimension, from), ordinalValue(dimension, to)) });
          return `burst ${dimension} ${from}→${to}`;
        },
        sweep: async () => {
          const r = await runDriftSweep({ db: db(), deps: { verbalize: offline }, batchSize: 2 });
          expect(r.failures).toEqual([]);
          return `sweep: ${r.outcomes.map((o) => o.outcome.kind).join(",")}`;
        },
        reEvolve: async (u: (typeof users)[number]) => `re-evolve: ${(await resolveDrift(u.c)).kind}`,
        dismiss: async (u: (typeof users)[number]) => {
          const open = await listProposedAmendments({ db: db(), userId: u.userId });
          if (open.length === 0) return "dismiss (none)";
          const a = pick(open);
          await dismissAmendment(u.c, { id: a.id });
          return `dismiss ${a.source}`;
        },
      };
      const weighted = ["nudge", "thumb", "thumb", "undo", "aboutMe", "burst", "burst", "sweep", "sweep", "reEvolve", "dismiss"] as const;

      const [pinned] = users;
      for (let step = 0; step < STEPS; step++) {
        const u = pick(users);
        const name = pick(weighted);
        log.push(`${step} ${u === pinned ? "pinned" : kinds[users.indexOf(u)]}: ${await actions[name](u)}`);
        const replay = `seed ${seed}:\n${log.join("\n")}`;
        const p = await dump(db(), pinned!.userId);
        expect(p.summary!.text, replay).toBe(pinned!.pinnedText);
        expect(p.summary!.provenance, replay).toBe("user");
        for (const other of users.slice(1)) await expectMirror(db(), other.userId);
      }
      for (const kind of ["re-evolved", "proposed", "confirmed", "waiting", "already-proposed"]) {
        if (log.some((l) => l.includes(kind))) seen.add(kind);
      }
    });
  }

  it("the walks reached every interesting outcome, not only no-ops", () => {
    expect([...seen].sort()).toEqual(expect.arrayContaining(["proposed", "re-evolved", "waiting"]));
  });
});
