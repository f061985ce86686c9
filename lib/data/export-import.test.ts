import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Db } from "@/db/client";
import { countUserData, exportedTables, tableName } from "@/db/queries/user-data";
import { canonicalDump } from "@/tests/canonical-dump";
import { installAppDatabase } from "@/tests/app-database";
import { createUser } from "@/tests/ai-fixtures";
import { richUser } from "@/tests/data-fixtures";
import { describeDrivers } from "@/tests/databases";
import { hashUserRows } from "@/tests/row-hash";
import { expectMirror } from "@/lib/profile/testing";
import { exportUserData } from "./export";
import { exportFileSchema, type ExportFile } from "./export-format";
import { importUserData, parseExportFile } from "./import";

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

describeDrivers("export and import", (ctx) => {
  installAppDatabase(ctx);
  const db = (): Db => ctx.database.db;
  let source: string;
  let file: ExportFile;
  const setup = async () => {
    if (!source) {
      source = await richUser(db());
      file = await exportUserData({ db: db(), userId: source });
    }
  };
  /** The exported file with one change: what a tampered file is. */
  const tampered = (change: (f: ExportFile) => void): Uint8Array => {
    const copy = structuredClone(file);
    change(copy);
    return bytes(copy);
  };

  it("exports a file that its own schema accepts, with something in every section", async () => {
    await setup();
    expect(exportFileSchema.safeParse(file).success).toBe(true);
    const counts = await countUserData({ db: db(), userId: source });
    for (const t of exportedTables()) expect(counts[tableName(t)], tableName(t)).toBeGreaterThan(0);
    expect(file).toMatchObject({ format: "profile-maker-export", version: 1, paragraph: { provenance: "user" } });
    expect(JSON.stringify(file)).not.toContain(source);
  });

  it("round trip: importing into a fresh account gives the same profile, history, statistics and conversations", async () => {
    await setup();
    const target = await createUser(db());
    const result = await importUserData({ db: db(), userId: target, file: parseExportFile(bytes(file)), replace: false });
    expect(result).toEqual({ conversations: 1, replies: 4, signals: file.signals.length, versions: file.paragraphHistory.length });
    const dump = await canonicalDump(db(), target);
    expect(dump).toEqual(await canonicalDump(db(), source));
    expect(dump.signal!.length).toBe(file.signals.length);
    await expectMirror(db(), target);
    // The comparison can fail: one signal's weight changed is a different dump.
    await db().execute(sql`update signal set weight = 0.5 where id = (select max(id) from signal where user_id = ${target})`);
    expect(await canonicalDump(db(), target)).not.toEqual(dump);
    await db().execute(sql`update signal set weight = 1 where id = (select max(id) from signal where user_id = ${target})`);
    // Fresh ids: no row of the source was reused or touched.
    const again = await exportUserData({ db: db(), userId: target });
    expect(again.responses.map((r) => r.id).filter((id) => file.responses.some((s) => s.id === id))).toEqual([]);
  });

  it("into a profile that has data: 409 unless replace, and replace leaves exactly the file's rows", async () => {
    await setup();
    const target = await richUser(db());
    const before = await hashUserRows(db(), target);
    await expect(importUserData({ db: db(), userId: target, file: parseExportFile(bytes(file)), replace: false })).rejects.toMatchObject({
      code: "conflict:account",
    });
    expect(await hashUserRows(db(), target)).toEqual(before);
    // The importer's API key is a credential of this instance, not part of the file: it survives the replace.
    await db().execute(sql`insert into api_key (user_id, name, prefix, hash) values (${target}, 'Notes', 'pmk_abcdef', ${`import-${target}`})`);
    await importUserData({ db: db(), userId: target, file: parseExportFile(bytes(file)), replace: true });
    expect(await canonicalDump(db(), target)).toEqual(await canonicalDump(db(), source));
    expect(await countUserData({ db: db(), userId: target })).toMatchObject({ api_key: 1 });
  });

  it("a file that names another user's rows cannot reach them: references must be in the file, ids are remapped", async () => {
    await setup();
    const victim = await richUser(db());
    const victimRows = await hashUserRows(db(), victim);
    const victimFile = await exportUserData({ db: db(), userId: victim });
    const foreignResponse = victimFile.responses[0]!.id;
    const foreignConversation = victimFile.conversations[0]!.id;

    const cases: [string, Uint8Array, RegExp][] = [
      ["a reply of another user", tampered((f) => void (f.messages[1]!.responseId = foreignResponse)), /messages\[1\]\.responseId refers to a reply that is not in the file/],
      ["a conversation of another user", tampered((f) => void (f.responses[0]!.conversationId = foreignConversation)), /refers to a conversation that is not in the file/],
      ["a signal on another user's reply", tampered((f) => void (f.signals[0]!.responseId = foreignResponse)), /signals\[0\]\.responseId refers to a reply/],
    ];
    for (const [label, body, message] of cases) {
      expect(() => parseExportFile(body), label).toThrow(message);
    }
    // Ids that collide with another user's rows are only labels: the import writes new rows, the victim's stay.
    const target = await createUser(db());
    const colliding = structuredClone(victimFile);
    await importUserData({ db: db(), userId: target, file: parseExportFile(bytes(colliding)), replace: false });
    expect(await hashUserRows(db(), victim)).toEqual(victimRows);
    expect(await canonicalDump(db(), target)).toEqual(await canonicalDump(db(), victim));
  });

  it("refuses wrong versions, tampered and malformed files with a clear 400, and the target is unchanged", async () => {
    await setup();
    const target = await richUser(db());
    const before = await hashUserRows(db(), target);
    const cases: [string, Uint8Array, RegExp][] = [
      ["not JSON", bytes("{ this is not json"), /not valid JSON/],
      ["not an export", bytes({ hello: "world" }), /not a Profile Maker export file/],
      ["a newer version", tampered((f) => void ((f as { version: number }).version = 2)), /export format version 2; this instance reads version 1/],
      ["an unknown field", tampered((f) => void ((f as Record<string, unknown>).userId = crypto.randomUUID())), /Unknown field "userId"/],
      ["an option out of range", tampered((f) => void (f.profile!.tone = 9)), /Unknown tone option/],
      ["a NUL in a reply", tampered((f) => void (f.responses[0]!.text = "a\u0000b")), /NUL/],
      ["a NUL inside evidence", tampered((f) => void (f.refinementChecks[0]!.evidence = { note: "x\u0000" })), /NUL/],
      ["a duplicated id", tampered((f) => void (f.messages[1]!.id = f.messages[0]!.id)), /reuses an id/],
      ["a signal value out of [0, 1]", tampered((f) => void (f.signals[0]!.value = 7)), /./],
      ["a categorical value on an ordinal", tampered((f) => void (f.signals.find((g) => g.dimension === "tone")!.category = 1)), /tone signal carries a value/],
      ["a paragraph not from its settings", tampered((f) => {
        f.paragraph!.provenance = "evolved";
        f.paragraph!.atomsVersion = f.profile!.version + 5;
      }), /does not belong to the settings/],
      ["a state of the wrong kind", tampered((f) => void (f.statistics.find((t) => t.dimension === "tone")!.state = { kind: "categorical" })), /not a state for tone/],
      ["a future paragraph version on a reply", tampered((f) => void (f.responses[0]!.summaryVersion = 999)), /newer than the paragraph/],
      ["an id that is not a UUID", tampered((f) => void (f.conversations[0]!.id = "../users/1")), /must be a UUID/],
    ];
    for (const [label, body, message] of cases) {
      let thrown: unknown;
      try {
        await importUserData({ db: db(), userId: target, file: parseExportFile(body), replace: true });
      } catch (err) {
        thrown = err;
      }
      expect(thrown, label).toMatchObject({ code: "bad_request:account", message: expect.stringMatching(message) });
    }
    expect(await hashUserRows(db(), target)).toEqual(before);
  });

  it("all or nothing: a failure in the middle of the import leaves the target as it was", async () => {
    await setup();
    const target = await richUser(db());
    const before = await hashUserRows(db(), target);
    // Passes the file's checks, then fails in the database late in the write: a second statistic for one
    // dimension, added after parsing, breaks the (user, dimension) key after every other table was written.
    const parsed = parseExportFile(bytes(file));
    parsed.statistics.push({ ...parsed.statistics[0]! });
    await expect(importUserData({ db: db(), userId: target, file: parsed, replace: true })).rejects.toThrow();
    expect(await hashUserRows(db(), target)).toEqual(before);
  });
});
