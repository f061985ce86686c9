import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { replaceOpenRefinementAmendment } from "@/db/queries/refinement";
import { amendment, profileAtoms } from "@/db/schema";
import { DIMENSIONS, optionsOf, type AtomChange } from "@/lib/personality/atoms";
import { describeDrivers } from "@/tests/databases";
import { acceptAmendment } from "./amendment-writers";
import { finishOnboarding, nudgeAtom, saveAboutMe } from "./atom-writers";
import { CONFLICT_MESSAGE } from "./mirror";
import { clearPin, regenerateParagraph, revertToVersion, saveParagraph } from "./paragraph-writers";
import { ATOMS, context, dump, expectMirror, newUser, offline } from "./testing";
import type { WriterContext } from "./writer-context";

describeDrivers("the mirror", (ctx) => {
  const db = () => ctx.database.db;

  async function onboarded() {
    const userId = await newUser(db());
    await finishOnboarding(context(db(), userId), { atoms: ATOMS, aboutMe: "" });
    return userId;
  }

  const boom = async () => {
    throw new Error("crash between the atoms write and the paragraph write");
  };

  it("a failure between the atom and paragraph writes rolls both back, for every writer", async () => {
    const userId = await onboarded();
    const ok = context(db(), userId);
    await saveParagraph(ok, { text: "Pinned text.", baseVersion: 1 });
    await nudgeAtom(ok, { dimension: "length", value: 3 });
    const proposal = (await dump(db(), userId)).amendments[0]!;
    await clearPin(ok);
    await saveParagraph(ok, { text: "Pinned again.", baseVersion: 3 });
    await nudgeAtom(ok, { dimension: "tone", value: 3 });
    const openProposal = (await dump(db(), userId)).amendments.find((a) => a.status === "proposed")!;
    expect(proposal.id).not.toBe(openProposal.id);

    const crashing = context(db(), userId, { betweenWrites: boom });
    const before = await dump(db(), userId);
    const writes: (() => Promise<unknown>)[] = [
      () => nudgeAtom(crashing, { dimension: "density", value: 3 }),
      () => saveAboutMe(crashing, "New words about me."),
      () => saveParagraph(crashing, { text: "Another text.", baseVersion: before.summary!.version }),
      () => clearPin(crashing),
      () => regenerateParagraph(crashing, { confirmed: true }),
      () => acceptAmendment(crashing, { id: openProposal.id }),
      () => revertToVersion(crashing, { version: 1 }),
    ];
    for (const write of writes) {
      await expect(write()).rejects.toThrow("crash between");
      expect(await dump(db(), userId)).toEqual(before);
    }
    await expectMirror(db(), userId);
  });

  it("a failed first write (onboarding) leaves no rows at all", async () => {
    const userId = await newUser(db());
    await expect(
      finishOnboarding(context(db(), userId, { betweenWrites: boom }), { atoms: ATOMS, aboutMe: "" }),
    ).rejects.toThrow("crash between");
    expect(await dump(db(), userId)).toMatchObject({ atoms: null, summary: null, versions: [] });
  });

  it("concurrent writers (two tabs, many controls) lose nothing and end consistent", async () => {
    const userId = await onboarded();
    // Slow verbalizer: every writer reads, then waits, so they all race for the same version.
    const slow = context(db(), userId, {
      verbalize: async (input) => {
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
        return offline(input);
      },
    });
    const changes: AtomChange[] = DIMENSIONS.map((dim) => {
      const options = optionsOf(dim);
      return (dim === "domain" || dim === "language"
        ? { dimension: dim, value: options[2] }
        : { dimension: dim, value: 3 }) as AtomChange;
    });
    await Promise.all([...changes.map((c) => nudgeAtom(slow, c)), saveAboutMe(slow, "Written in tab two.")]);

    const rows = await dump(db(), userId);
    expect(rows.atoms).toMatchObject({
      tone: 3,
      length: 3,
      density: 3,
      mathComfort: 3,
      level: 3,
      domain: "mathematics",
      language: "fr",
      aboutMe: "Written in tab two.",
      version: 1 + changes.length + 1,
    });
    expect(rows.signals).toHaveLength(changes.length + 1);
    expect(rows.stats.map((s) => s.dimension).sort()).toEqual([...DIMENSIONS].sort());
    await expectMirror(db(), userId);
  });

  it("concurrent control changes under a pin keep the text and propose one amendment per control", async () => {
    const userId = await onboarded();
    const c = context(db(), userId);
    await saveParagraph(c, { text: "Mine.", baseVersion: 1 });
    await Promise.all([
      nudgeAtom(c, { dimension: "tone", value: 0 }),
      nudgeAtom(c, { dimension: "length", value: 0 }),
      nudgeAtom(c, { dimension: "level", value: 0 }),
    ]);
    const rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ text: "Mine.", provenance: "user", version: 2 });
    expect(rows.amendments.filter((a) => a.status === "proposed")).toHaveLength(3);
    expect(rows.atoms).toMatchObject({ tone: 0, length: 0, level: 0 });
  });

  it("a waiting sentence rewritten in place while a writer re-emits: the writer reads again and folds the new text", async () => {
    // A refinement check may rewrite a waiting (accepted) sentence in place, same id, without moving either version:
    // a re-emission written from the old text must not mark the new one folded (bench scale-out saw the race).
    const writers: [string, (c: WriterContext) => Promise<unknown>][] = [
      ["a control change (the write plan)", (c) => nudgeAtom(c, { dimension: "tone", value: 0 })],
      ["Regenerate (a transaction)", (c) => regenerateParagraph(c, { confirmed: true })],
    ];
    for (const [name, write] of writers) {
      const userId = await onboarded();
      const [waiting] = await db()
        .insert(amendment)
        .values({ userId, text: "You like examples from cooking.", status: "accepted", source: "refinement", decidedAt: new Date() })
        .returning();
      let calls = 0;
      const racing = context(db(), userId, {
        verbalize: async (input) => {
          calls += 1;
          if (calls === 1) {
            await db().transaction((tx) =>
              replaceOpenRefinementAmendment({ tx, userId, id: waiting!.id, text: "You like examples from gardening.", evidence: {} }),
            );
          }
          return offline(input);
        },
      });
      await write(racing);
      expect({ name, calls }).toEqual({ name, calls: 2 });
      const rows = await dump(db(), userId);
      expect(rows.amendments.find((a) => a.id === waiting!.id)).toMatchObject({ status: "folded", text: "You like examples from gardening." });
      expect(rows.summary!.text).toContain("gardening");
      expect(rows.summary!.text).not.toContain("cooking");
      await expectMirror(db(), userId);
    }
  });

  it("a writer that keeps losing the race retries a bounded number of times, then fails clearly", async () => {
    const userId = await onboarded();
    let calls = 0;
    // Another writer commits during every verbalization, so every compare-and-set fails.
    const hostile = context(db(), userId, {
      maxAttempts: 3,
      verbalize: async (input) => {
        calls += 1;
        await db()
          .update(profileAtoms)
          .set({ version: sql`${profileAtoms.version} + 1` })
          .where(eq(profileAtoms.userId, userId));
        return offline(input);
      },
    });
    const before = await dump(db(), userId);
    await expect(nudgeAtom(hostile, { dimension: "tone", value: 0 })).rejects.toMatchObject({
      code: "conflict:profile",
      message: CONFLICT_MESSAGE,
    });
    expect(calls).toBe(3);
    const after = await dump(db(), userId);
    expect(after.summary).toEqual(before.summary);
    expect(after.atoms).toMatchObject({ tone: ATOMS.tone, version: before.atoms!.version + 3 });
    expect(after.signals).toEqual([]);
  });
}, { pgbouncer: true });
