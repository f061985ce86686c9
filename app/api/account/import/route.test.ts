/**
 * The export and import doorways: the download (a file, never a user created for it), the import's bounds
 * (size, session) and its answers (201-like 200 with counts, 409 without consent, 413 past IMPORT_MAX_BYTES).
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/account/export/route";
import { NO_USER_ID, readerId, requireUserId } from "@/lib/session";
import { createUser, jsonRequest, setEnv } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { canonicalDump } from "@/tests/canonical-dump";
import { richUser } from "@/tests/data-fixtures";
import { describeDrivers } from "@/tests/databases";
import { hashUserRows } from "@/tests/row-hash";
import { POST as importRoute } from "./route";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn(), readerId: vi.fn(), NO_USER_ID: "00000000-0000-0000-0000-000000000000" }));

describeDrivers("GET /api/account/export and POST /api/account/import", (ctx) => {
  installAppDatabase(ctx);
  let restoreEnv: () => void;
  const as = (userId: string) => {
    vi.mocked(requireUserId).mockResolvedValue(userId);
    vi.mocked(readerId).mockResolvedValue(userId);
  };
  beforeAll(() => {
    restoreEnv = setEnv({ IMPORT_MAX_BYTES: String(256 * 1024) });
  });
  afterAll(() => restoreEnv());

  it("exports as a download and imports it into a fresh profile", async () => {
    const alice = await richUser(ctx.database.db);
    as(alice);
    const res = await exportRoute();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="profile-maker-export-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = await res.text();

    const bob = await createUser(ctx.database.db);
    as(bob);
    const imported = await importRoute(jsonRequest("/api/account/import", body));
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ imported: { conversations: 1, replies: 4 } });
    expect(await canonicalDump(ctx.database.db, bob)).toEqual(await canonicalDump(ctx.database.db, alice));

    // Again, without consent: 409 and nothing changed; with ?replace=1 it replaces.
    const before = await hashUserRows(ctx.database.db, bob);
    const again = await importRoute(jsonRequest("/api/account/import", body));
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("conflict:account");
    expect(await hashUserRows(ctx.database.db, bob)).toEqual(before);
    expect((await importRoute(jsonRequest("/api/account/import?replace=1", body))).status).toBe(200);
  });

  it("a browser without a session has nothing to export (401), and no user is created for it", async () => {
    vi.mocked(readerId).mockResolvedValue(NO_USER_ID);
    const res = await exportRoute();
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("unauthorized:account");
  });

  it("refuses a file past IMPORT_MAX_BYTES with 413 before reading it, and a streamed one as soon as it passes", async () => {
    const carol = await createUser(ctx.database.db);
    as(carol);
    vi.mocked(requireUserId).mockClear();
    const before = await hashUserRows(ctx.database.db, carol);
    const big = JSON.stringify({ format: "profile-maker-export", version: 1, pad: "x".repeat(300 * 1024) });
    const declared = await importRoute(jsonRequest("/api/account/import", big, { headers: { "content-type": "application/json", "content-length": String(big.length) } }));
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatchObject({ code: "too_large:account", message: expect.stringMatching(/at most 256 KB/) });
    // No content-length: the body is counted as it streams.
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 10) c.enqueue(chunk);
        else c.close();
      },
    });
    const streamed = await importRoute(new Request("http://localhost/api/account/import", { method: "POST", body: stream, duplex: "half" } as RequestInit));
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(10);
    expect(requireUserId).not.toHaveBeenCalled();
    expect(await hashUserRows(ctx.database.db, carol)).toEqual(before);
  });
});
