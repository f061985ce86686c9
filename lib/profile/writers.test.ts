import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { aiResponse, amendment, signal } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { amendmentForChange } from "@/lib/personality/amendments";
import { ordinalValue } from "@/lib/personality/atoms";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import { describeDrivers } from "@/tests/databases";
import { acceptAmendment, dismissAmendment } from "./amendment-writers";
import { finishOnboarding, nudgeAtom, saveAboutMe } from "./atom-writers";
import { clearPin, regenerateParagraph, revertToVersion, saveParagraph } from "./paragraph-writers";
import { ATOMS, context, dump, expectMirror, newUser } from "./testing";

describeDrivers("profile writers", (ctx) => {
  const db = () => ctx.database.db;

  async function onboarded(aboutMe = "") {
    const userId = await newUser(db());
    const c = context(db(), userId);
    await finishOnboarding(c, { atoms: ATOMS, aboutMe });
    return { userId, c };
  }

  async function pinned(text = "You like short answers. Keep it simple.") {
    const { userId, c } = await onboarded();
    await saveParagraph(c, { text, baseVersion: 1 });
    return { userId, c, text };
  }

  it("onboarding writes the atoms and an onboarding paragraph in one go; a repeat is a no-op, a different one refused", async () => {
    const { userId, c } = await onboarded("I teach chemistry.");
    const rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ provenance: "onboarding", version: 1, reason: "onboarding", atomsVersion: 1 });
    expect(rows.atoms).toMatchObject({ aboutMe: "I teach chemistry.", version: 1 });
    await expectMirror(db(), userId);

    await finishOnboarding(c, { atoms: ATOMS, aboutMe: "I teach chemistry." });
    expect(await dump(db(), userId)).toEqual(rows);
    await expect(finishOnboarding(c, { atoms: { ...ATOMS, tone: 3 }, aboutMe: "" })).rejects.toMatchObject({
      code: "conflict:profile",
    });
    expect(await dump(db(), userId)).toEqual(rows);
  });

  it("a control change writes the atom, re-emits the paragraph and logs a nudge signal with its L3 state", async () => {
    const { userId, c } = await onboarded();
    await nudgeAtom(c, { dimension: "length", value: 2 });
    const rows = await dump(db(), userId);
    expect(rows.atoms).toMatchObject({ length: 2, version: 2 });
    expect(rows.summary).toMatchObject({ provenance: "onboarding", version: 2, reason: "control: length → detailed" });
    expect(rows.signals).toMatchObject([{ source: "nudge", dimension: "length", value: expect.closeTo(ordinalValue("length", 2), 6), category: null }]);
    expect(rows.stats).toMatchObject([{ dimension: "length", n: 1, lastDriftAt: null }]);
    expect(rows.marks).toEqual([]);
    await expectMirror(db(), userId);

    await nudgeAtom(c, { dimension: "language", value: "es" });
    const after = await dump(db(), userId);
    expect(after.signals.at(-1)).toMatchObject({ dimension: "language", category: 1, value: null });
    expect(after.summary!.reason).toBe("control: language → Spanish");
    await expectMirror(db(), userId);
  });

  it("moving a control to the value it already has writes nothing", async () => {
    const { userId, c } = await onboarded();
    const before = await dump(db(), userId);
    await nudgeAtom(c, { dimension: "tone", value: ATOMS.tone });
    expect(await dump(db(), userId)).toEqual(before);
  });

  it("saving about-me mirrors like a control change and logs a dimensionless about_me signal", async () => {
    const { userId, c } = await onboarded();
    await saveAboutMe(c, "I am a nurse who reads on the train.");
    const rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ version: 2, reason: "about me" });
    expect(rows.signals).toMatchObject([{ source: "about_me", dimension: null }]);
    expect(rows.stats).toEqual([]);
    await expectMirror(db(), userId);
  });

  it("Save pins the user's text; a control change then updates the atom only and proposes an amendment", async () => {
    const { userId, c, text } = await pinned();
    expect((await dump(db(), userId)).summary).toMatchObject({ provenance: "user", text, reason: "saved by you" });

    await nudgeAtom(c, { dimension: "length", value: 3 });
    const rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ provenance: "user", text, version: 2 });
    expect(rows.atoms).toMatchObject({ length: 3 });
    expect(rows.amendments).toMatchObject([
      {
        status: "proposed",
        source: "nudge",
        text: amendmentForChange({ dimension: "length", value: 3 }, ATOMS),
        evidence: { dimension: "length", from: ATOMS.length, to: 3 },
      },
    ]);
    expect(rows.signals).toHaveLength(1);

    // A second move of the same control rewrites the one open proposal; moving back withdraws it.
    await nudgeAtom(c, { dimension: "length", value: 2 });
    const again = await dump(db(), userId);
    expect(again.amendments).toHaveLength(1);
    expect(again.amendments[0]).toMatchObject({ status: "proposed", evidence: { from: ATOMS.length, to: 2 } });
    await nudgeAtom(c, { dimension: "length", value: ATOMS.length });
    expect((await dump(db(), userId)).amendments[0]!.status).toBe("dismissed");
    await expectMirror(db(), userId);
  });

  it("Accept appends the sentence and stays pinned; Edit-then-Accept validates the sentence", async () => {
    const { userId, c, text } = await pinned();
    await nudgeAtom(c, { dimension: "tone", value: 2 });
    await nudgeAtom(c, { dimension: "density", value: 0 });
    const [toneProposal, densityProposal] = (await dump(db(), userId)).amendments;

    await acceptAmendment(c, { id: toneProposal!.id });
    let rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ provenance: "user", reason: "amendment accepted", text: `${text} ${toneProposal!.text}` });
    expect(rows.amendments[0]).toMatchObject({ status: "accepted" });

    for (const bad of ["", "One sentence. And another one.", "x".repeat(201)]) {
      const before = await dump(db(), userId);
      await expect(acceptAmendment(c, { id: densityProposal!.id, text: bad })).rejects.toMatchObject({
        code: "bad_request:amendment",
      });
      expect(await dump(db(), userId)).toEqual(before);
    }
    await acceptAmendment(c, { id: densityProposal!.id, text: "Use plain words, please." });
    rows = await dump(db(), userId);
    expect(rows.summary!.text.endsWith("Use plain words, please.")).toBe(true);
    expect(rows.amendments[1]).toMatchObject({ status: "accepted", text: "Use plain words, please." });
    await expect(acceptAmendment(c, { id: densityProposal!.id })).rejects.toMatchObject({ code: "conflict:amendment" });
    await expectMirror(db(), userId);
  });

  it("Dismiss closes the proposal, logs a skip signal and leaves the paragraph alone", async () => {
    const { userId, c } = await pinned();
    await nudgeAtom(c, { dimension: "level", value: 3 });
    const before = await dump(db(), userId);
    await dismissAmendment(c, { id: before.amendments[0]!.id });
    const rows = await dump(db(), userId);
    expect(rows.amendments[0]!.status).toBe("dismissed");
    expect(rows.summary).toEqual(before.summary);
    expect(rows.signals.at(-1)).toMatchObject({ source: "skip", dimension: null });
  });

  it("Clear pin regenerates from the atoms as evolved and folds the open control proposals", async () => {
    const { userId, c } = await pinned();
    await nudgeAtom(c, { dimension: "mathComfort", value: 3 });
    await clearPin(c);
    const rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ provenance: "evolved", reason: "pin cleared", atomsVersion: rows.atoms!.version });
    expect(rows.amendments[0]!.status).toBe("folded");
    await expectMirror(db(), userId);
    await clearPin(c);
    expect((await dump(db(), userId)).summary!.version).toBe(rows.summary!.version);
  });

  it("Regenerate asks before replacing a pin, and writes no version when nothing would change", async () => {
    const { userId, c } = await pinned();
    const before = await dump(db(), userId);
    await expect(regenerateParagraph(c, { confirmed: false })).rejects.toMatchObject({ code: "bad_request:summary" });
    expect(await dump(db(), userId)).toEqual(before);

    await regenerateParagraph(c, { confirmed: true });
    const rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ provenance: "evolved", reason: "regenerated", version: 3 });
    await expectMirror(db(), userId);
    await regenerateParagraph(c, { confirmed: false });
    expect((await dump(db(), userId)).summary!.version).toBe(3);
  });

  it("Revert: a pinned version comes back pinned; a system version comes back with its atoms", async () => {
    const { userId, c } = await onboarded();
    await nudgeAtom(c, { dimension: "length", value: 0 }); // v2
    await saveParagraph(c, { text: "My own words.", baseVersion: 2 }); // v3
    await nudgeAtom(c, { dimension: "tone", value: 3 }); // atoms only

    await revertToVersion(c, { version: 1 }); // v4
    let rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ provenance: "evolved", reason: "reverted to v1", version: 4, text: rows.versions[0]!.text });
    expect(rows.atoms).toMatchObject({ length: ATOMS.length, tone: ATOMS.tone });
    await expectMirror(db(), userId);

    await revertToVersion(c, { version: 3 }); // v5
    rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ provenance: "user", text: "My own words.", reason: "reverted to v3", version: 5 });
    await expectMirror(db(), userId);
  });

  it("refuses bad input with a clear error and changes nothing", async () => {
    const { userId, c } = await onboarded();
    const other = await pinned();
    await nudgeAtom(other.c, { dimension: "tone", value: 0 });
    const othersAmendment = (await dump(db(), other.userId)).amendments[0]!;
    const before = await dump(db(), userId);
    const othersBefore = await dump(db(), other.userId);

    const NO_SUGGESTION = "That suggestion does not exist (or is not yours).";
    const refusals: [() => Promise<unknown>, string, string][] = [
      [
        () => saveParagraph(c, { text: "   ", baseVersion: 1 }),
        "bad_request:summary",
        "Your paragraph is empty. Write something, or cancel to keep the current one.",
      ],
      [() => saveParagraph(c, { text: "word ".repeat(300), baseVersion: 1 }), "bad_request:summary", "Your paragraph must stay under 300 words."],
      [
        () => saveParagraph(c, { text: "Stale edit.", baseVersion: 0 }),
        "conflict:summary",
        "Your paragraph changed while you were editing it (in another tab, or by a control change), so your text was not " +
          "saved. It is still in the editor: save again to replace the new version with it, or cancel to read the new version.",
      ],
      [() => acceptAmendment(c, { id: othersAmendment.id }), "not_found:amendment", NO_SUGGESTION],
      [() => dismissAmendment(c, { id: othersAmendment.id }), "not_found:amendment", NO_SUGGESTION],
      [() => revertToVersion(c, { version: 99 }), "not_found:summary", "There is no version 99 of your paragraph."],
    ];
    for (const [write, code, message] of refusals) {
      const err = await write().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      expect({ code: (err as AppError).code, message: (err as AppError).message }).toEqual({ code, message });
    }
    expect(await dump(db(), userId)).toEqual(before);
    expect(await dump(db(), other.userId)).toEqual(othersBefore);
  });

  it("a writer before onboarding is refused", async () => {
    const userId = await newUser(db());
    const c = context(db(), userId);
    await expect(nudgeAtom(c, { dimension: "tone", value: 0 })).rejects.toMatchObject({ code: "bad_request:profile" });
    expect(await dump(db(), userId)).toMatchObject({ atoms: null, summary: null, signals: [] });
  });

  it("an onboarding paragraph evolves once the evidence threshold is met", async () => {
    const { userId, c } = await onboarded();
    // 30 thumbed replies (a thumb is a reply carrying one, not a signal row) and 10 adjustments.
    await db()
      .insert(aiResponse)
      .values(
        Array.from({ length: 30 }, () => ({ userId, surface: "chat" as const, prompt: "q", text: "a", summaryVersion: 1, thumb: 1 })),
      );
    await db()
      .insert(signal)
      .values(Array.from({ length: 10 }, () => ({ userId, source: "nudge" as const })));
    await nudgeAtom(c, { dimension: "density", value: 2 });
    expect((await dump(db(), userId)).summary!.provenance).toBe("evolved");
    await expectMirror(db(), userId);
  });

  it("accepting a refinement amendment on a non-pinned paragraph folds it into the re-emitted text", async () => {
    const { userId, c } = await onboarded();
    const [proposal] = await db()
      .insert(amendment)
      .values({ userId, source: "refinement", text: "Give one worked example per answer." })
      .returning();
    await acceptAmendment(c, { id: proposal!.id });
    const rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ provenance: "evolved", reason: "amendment accepted" });
    expect(rows.summary!.text).toBe(
      verbalizeOffline({ atoms: ATOMS, aboutMe: "", amendments: ["Give one worked example per answer."] }),
    );
    const [stored] = await db().select().from(amendment).where(eq(amendment.id, proposal!.id));
    expect(stored!.status).toBe("folded");
    await expectMirror(db(), userId);

    // Later re-emissions keep folding it in.
    await nudgeAtom(c, { dimension: "tone", value: 2 });
    await expectMirror(db(), userId);
  });
}, { pgbouncer: true });
