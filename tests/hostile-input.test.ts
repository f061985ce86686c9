/**
 * Every doorway against generated hostile input (issue 11): each route handler's body and each server action's
 * argument starts from a valid request and gets ONE fault — a string with NUL or a lone surrogate (among RTL
 * text and combining marks), a number out of its column's range or not an integer, an unknown field, a wrong
 * type, deep nesting, a body that is not JSON. For every case: a 4xx with a typed code and a message written
 * for people, and every row of the user and of another user byte-identical before and after (hashed in SQL).
 * Seeded and bounded (HOSTILE_RUNS cases per doorway, default 25) so it runs in CI on both drivers.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as importRoute } from "@/app/api/account/import/route";
import { POST as chatRoute } from "@/app/api/chat/route";
import { POST as temporaryRoute } from "@/app/api/chat/temporary/route";
import { GET as contextRoute } from "@/app/api/chat/context/route";
import { GET as conversationRoute } from "@/app/api/conversations/[id]/route";
import { POST as explainRoute } from "@/app/api/explain/route";
import { POST as previewRoute } from "@/app/api/preview/route";
import { PUT as thumbRoute } from "@/app/api/responses/[id]/thumb/route";
import { POST as summarizeRoute } from "@/app/api/summarize/route";
import * as actions from "@/app/profile/actions";
import * as appsActions from "@/app/profile/apps/actions";
import { POST as completionsRoute } from "@/app/v1/chat/completions/route";
import { POST as feedbackRoute } from "@/app/v1/feedback/route";
import { createApiKey } from "@/lib/gateway/keys";
import { DEFAULT_ATOMS } from "@/lib/personality/atoms";
import { readerId, requireUserId } from "@/lib/session";
import { createUser, jsonRequest, setEnv, uiChunks, userMessage } from "./ai-fixtures";
import { installAppDatabase } from "./app-database";
import { describeDrivers } from "./databases";
import { hashUserRows } from "./row-hash";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn(), readerId: vi.fn() }));

const RUNS = Number(process.env.HOSTILE_RUNS ?? 25);
const SEED = Number(process.env.HOSTILE_SEED ?? 20_261_201);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every place in a value a fault can go: leaves (strings, numbers, booleans) and objects (for unknown fields). */
function places(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = { path, value };
  if (Array.isArray(value)) return value.flatMap((v, i) => places(v, [...path, i]));
  if (value !== null && typeof value === "object") return [here, ...Object.entries(value).flatMap(([k, v]) => places(v, [...path, k]))];
  return [here];
}

function setAt(value: Json, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  copy[head!] = setAt(copy[head!]!, rest, replacement) as Json;
  return copy;
}

/** Text people really send, RTL and combining marks included: valid alone, so the fault is what is refused. */
const humanText = fc.string({
  unit: fc.constantFrom("a", "Z", " ", "é", "e\u0301", "ع", "שלום", "\u200f", "你", "🙂", "ก", "\u0308", "\n", "\u202e"),
  maxLength: 20,
});
const poisonedString = fc
  .tuple(humanText, fc.constantFrom("\u0000", "\ud800", "\udfff", "\udbff\u0000"), humanText)
  .map(([a, bad, b]) => `${a}${bad}${b}`);
const badNumber = fc.oneof(
  fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -1 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2),
);
const deep = fc.integer({ min: 50, max: 400 }).chain((depth) =>
  fc.boolean().map((arrays) => {
    let v: Json = "bottom";
    for (let i = 0; i < depth; i++) v = arrays ? [v] : { n: v };
    return v;
  }),
);
const wrongTypeFor = (value: Json): fc.Arbitrary<Json> => {
  const all: fc.Arbitrary<Json>[] = [fc.integer(), humanText, fc.boolean(), fc.constant([]), fc.constant({}), deep];
  const sameKind = (v: Json) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);
  return fc.oneof(...all).filter((v) => sameKind(v) !== sameKind(value));
};

type Fault = { kind: string; value: unknown } | { kind: "raw"; body: string };

/** One fault applied to a valid template. */
function faulty(template: Json, { raw = true }: { raw?: boolean } = {}): fc.Arbitrary<Fault> {
  const spots = places(template);
  const strings = spots.filter((s) => typeof s.value === "string");
  const numbers = spots.filter((s) => typeof s.value === "number");
  const objects = spots.filter((s) => s.value !== null && typeof s.value === "object" && !Array.isArray(s.value));
  const options: fc.Arbitrary<Fault>[] = [
    fc.constantFrom(...spots).chain((s) => wrongTypeFor(s.value).map((v) => ({ kind: `wrong type at ${s.path.join(".") || "root"}`, value: setAt(template, s.path, v) }))),
  ];
  if (strings.length) {
    options.push(fc.tuple(fc.constantFrom(...strings), poisonedString).map(([s, v]) => ({ kind: `unstorable text at ${s.path.join(".")}`, value: setAt(template, s.path, v) })));
  }
  if (numbers.length) {
    options.push(fc.tuple(fc.constantFrom(...numbers), badNumber).map(([s, v]) => ({ kind: `number ${v} at ${s.path.join(".")}`, value: setAt(template, s.path, v) })));
  }
  if (objects.length) {
    options.push(
      fc.tuple(fc.constantFrom(...objects), humanText, fc.oneof(humanText, fc.integer(), deep)).map(([s, key, v]) => ({
        kind: `unknown field at ${s.path.join(".") || "root"}`,
        value: setAt(template, s.path, { ...(s.value as object), [`x_${key}`]: v }),
      })),
    );
  }
  if (raw) {
    const text = JSON.stringify(template);
    options.push(fc.integer({ min: 1, max: text.length - 1 }).map((n) => ({ kind: "raw", body: text.slice(0, n) })));
  }
  return fc.oneof(...options);
}

const FOUR_XX = /^(bad_request|not_found|forbidden|too_large):/;

/** A refusal: a typed code and a sentence for people (never zod's "Invalid input" defaults). */
function expectRefusal(error: { code?: unknown; message?: unknown } | undefined, where: string) {
  expect(error?.code, where).toMatch(FOUR_XX);
  expect(typeof error?.message, where).toBe("string");
  expect(error!.message as string, where).not.toMatch(/^Invalid input|^Invalid option|^Unrecognized key/);
  expect((error!.message as string).length, where).toBeGreaterThan(10);
}

describeDrivers("every doorway refuses hostile input with a clear 4xx and changes nothing", (ctx) => {
  installAppDatabase(ctx);
  let alice: string;
  let bob: string;
  let conversationId: string;
  let responseId: string;
  let restoreEnv: () => void;
  const db = () => ctx.database.db;
  // Writes and reads both resolve to the same signed-in user.
  const as = (userId: string) => {
    vi.mocked(requireUserId).mockResolvedValue(userId);
    vi.mocked(readerId).mockResolvedValue(userId);
  };

  async function onboard(userId: string) {
    as(userId);
    expect(await actions.finishOnboardingAction({ atoms: DEFAULT_ATOMS, aboutMe: "I like maths." })).toMatchObject({ ok: true });
    const id = crypto.randomUUID();
    const chunks = await uiChunks(await chatRoute(jsonRequest("/api/chat", { trigger: "submit-message", conversationId: id, message: userMessage("What is a prime?") })));
    return { conversationId: id, responseId: (chunks[0]!.messageMetadata as { responseId: string }).responseId };
  }

  beforeAll(async () => {
    restoreEnv = setEnv({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OFFLINE_MODEL_DELAY_MS: "0" });
    alice = await createUser(db());
    bob = await createUser(db());
    ({ conversationId, responseId } = await onboard(alice));
    await onboard(bob);
  });
  afterAll(() => restoreEnv());

  /** Runs each generated fault as alice, checking the answer and both users' rows. */
  async function holds<E>(
    template: Json,
    send: (fault: Fault) => Promise<E>,
    opts?: { raw?: boolean; check?: (error: E, where: string) => void },
  ) {
    const check = opts?.check ?? (expectRefusal as (error: E, where: string) => void);
    await fc.assert(
      fc.asyncProperty(faulty(template, opts), async (fault) => {
        as(alice);
        const before = [await hashUserRows(db(), alice), await hashUserRows(db(), bob)];
        check(await send(fault), fault.kind);
        expect([await hashUserRows(db(), alice), await hashUserRows(db(), bob)], fault.kind).toEqual(before);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }

  const bodyOf = (fault: Fault) => ("body" in fault ? fault.body : JSON.stringify(fault.value));
  const viaRoute = (call: (body: string) => Promise<Response>) => async (fault: Fault) => {
    const res = await call(bodyOf(fault));
    expect(res.status, fault.kind).toBeGreaterThanOrEqual(400);
    expect(res.status, fault.kind).toBeLessThan(500);
    return ((await res.json()) as { error?: { code: string; message: string } }).error;
  };

  it("POST /api/chat", async () => {
    const template = { trigger: "submit-message", conversationId, message: { id: "m1", role: "user", parts: [{ type: "text", text: "And twins?" }] } };
    await holds(template, viaRoute((body) => chatRoute(jsonRequest("/api/chat", body))));
  });

  it.each([
    ["explain", explainRoute],
    ["summarize", summarizeRoute],
  ] as const)("POST /api/%s", async (surface, route) => {
    await holds({ text: "Primes have two divisors." }, viaRoute((body) => route(jsonRequest(`/api/${surface}`, body))));
  });

  it("POST /api/chat/temporary", async () => {
    const template = { messages: [{ role: "user", parts: [{ type: "text", text: "What is a prime?" }] }, { role: "assistant", parts: [{ type: "text", text: "A number with two divisors." }] }, { role: "user", parts: [{ type: "text", text: "And twins?" }] }] };
    await holds(template, viaRoute((body) => temporaryRoute(jsonRequest("/api/chat/temporary", body))));
  });

  it("POST /api/account/import (an export file)", async () => {
    const at = "2026-12-01T22:00:00.000Z";
    const conversation = crypto.randomUUID();
    const reply = crypto.randomUUID();
    const template = {
      format: "profile-maker-export",
      version: 1,
      exportedAt: at,
      profile: { ...DEFAULT_ATOMS, aboutMe: "I like maths.", version: 1, updatedAt: at },
      paragraph: { text: "You like short answers.", provenance: "user", version: 1, atomsVersion: 1, reason: "saved", stale: false, staleDims: [], updatedAt: at },
      paragraphHistory: [{ version: 1, text: "You like short answers.", provenance: "user", reason: "saved", atoms: { ...DEFAULT_ATOMS, aboutMe: "", version: 1 }, createdAt: at }],
      amendments: [],
      conversations: [{ id: conversation, title: "Primes", createdAt: at, updatedAt: at }],
      responses: [{ id: reply, surface: "chat", conversationId: conversation, prompt: "Primes?", text: "Two divisors.", summaryVersion: 1, thumb: 1, status: "complete", createdAt: at }],
      messages: [{ id: crypto.randomUUID(), conversationId: conversation, role: "assistant", text: "Two divisors.", responseId: reply, createdAt: at }],
      signals: [{ dimension: "tone", value: 0.5, category: null, source: "thumb", weight: 1, responseId: reply, createdAt: at }],
      statistics: [],
      refinementChecks: [],
    };
    // alice has a profile: a file that still parsed would be a 409 (no consent to replace); a fault is a 400.
    await holds(template as Json, viaRoute((body) => importRoute(jsonRequest("/api/account/import", body))));
  });

  it("POST /api/preview", async () => {
    await holds({}, viaRoute((body) => previewRoute(jsonRequest("/api/preview", body))));
  });

  it("PUT /api/responses/:id/thumb", async () => {
    const put = (body: string) =>
      thumbRoute(jsonRequest(`/api/responses/${responseId}/thumb`, body, { method: "PUT" }), { params: Promise.resolve({ id: responseId }) });
    await holds({ thumb: "up" }, viaRoute(put));
  });

  it("GET /api/chat/context?surface= and GET /api/conversations/:id (a query value and a path segment)", async () => {
    const get = (path: string) => new Request(`http://localhost${path}`);
    // Only text reaches a query or a path, percent-encoded: NUL, bytes that are not UTF-8 (a lone surrogate cannot
    // be encoded at all), text that is no surface or id, another user's id.
    const segments = fc.oneof(
      fc.tuple(humanText, fc.constantFrom("%00", "%ED%A0%80", "%FF", "%C0%80", "")).map(([t, bad]) => `${encodeURIComponent(t)}${bad}`),
      fc.constant(crypto.randomUUID()),
      fc.constant("..%2F".repeat(40)),
    );
    const decoded = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    const checkGet = async (segment: string, status: number, call: (s: string) => Promise<Response>) => {
      as(alice);
      const before = [await hashUserRows(db(), alice), await hashUserRows(db(), bob)];
      const res = await call(segment);
      expect(res.status).toBe(status);
      expectRefusal(((await res.json()) as { error?: { code: string; message: string } }).error, segment);
      expect([await hashUserRows(db(), alice), await hashUserRows(db(), bob)]).toEqual(before);
    };
    await fc.assert(
      fc.asyncProperty(segments, async (s) => {
        await checkGet(s, 400, (v) => contextRoute(get(`/api/chat/context?surface=${v}`)));
        await checkGet(s, 404, (id) => conversationRoute(get(`/api/conversations/${id}`), { params: Promise.resolve({ id: decoded(id) }) }));
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });

  // The gateway (docs/gateway.md): a key in the header, OpenAI's error shape in the answer.
  describe("the OpenAI-compatible gateway", () => {
    let key: string;
    let completionId: string;
    const gatewayRequest = (path: string, body: string, auth = `Bearer ${key}`) =>
      new Request(`http://localhost${path}`, { method: "POST", headers: { authorization: auth, "content-type": "application/json" }, body });
    /** OpenAI's error object: the four fields, a type for a refused request, and a sentence for people. */
    const expectOpenAIRefusal = (res: { status: number; body: { error?: Record<string, unknown> } }, where: string) => {
      expect(res.status, where).toBeGreaterThanOrEqual(400);
      expect(res.status, where).toBeLessThan(500);
      expect(Object.keys(res.body.error ?? {}).sort(), where).toEqual(["code", "message", "param", "type"]);
      expect(res.body.error!.type, where).toBe("invalid_request_error");
      expect(String(res.body.error!.message).length, where).toBeGreaterThan(10);
      expect(String(res.body.error!.message), where).not.toMatch(/^Invalid input|^Invalid option|^Unrecognized key/);
    };
    const viaGateway = (path: string, call: (req: Request) => Promise<Response>) => async (fault: Fault) => {
      const res = await call(gatewayRequest(path, bodyOf(fault)));
      return { status: res.status, body: (await res.json()) as { error?: Record<string, unknown> } };
    };

    beforeAll(async () => {
      key = (await createApiKey({ userId: alice, name: "Hostile app" })).key;
      const res = await completionsRoute(gatewayRequest("/v1/chat/completions", JSON.stringify({ model: "offline-demo", messages: [{ role: "user", content: "What is a prime?" }] })));
      expect(res.status).toBe(200);
      completionId = ((await res.json()) as { id: string }).id;
    });

    it("POST /v1/chat/completions", async () => {
      const template = {
        model: "offline-demo",
        messages: [
          { role: "system", content: "Be brief." },
          { role: "user", content: [{ type: "text", text: "What is a prime?" }] },
        ],
        stream: false,
        max_tokens: 100,
      };
      await holds(template, viaGateway("/v1/chat/completions", completionsRoute), { check: expectOpenAIRefusal });
    });

    it("POST /v1/feedback", async () => {
      await holds({ id: completionId, rating: "up" }, viaGateway("/v1/feedback", feedbackRoute), { check: expectOpenAIRefusal });
    });

    it("any Authorization header but a live key is a 401 that changes nothing", async () => {
      const header = fc.oneof(
        fc.string({ unit: fc.constantFrom("a", "Z", "0", "_", "-", " ", "\t", "pmk_", "Bearer ", ":"), maxLength: 80 }),
        fc.constant(`Bearer ${"x".repeat(4000)}`),
        fc.constant(`Bearer ${crypto.randomUUID()}`),
      );
      await fc.assert(
        fc.asyncProperty(header, async (auth) => {
          const before = [await hashUserRows(db(), alice), await hashUserRows(db(), bob)];
          const res = await completionsRoute(gatewayRequest("/v1/chat/completions", '{"model":"offline-demo","messages":[{"role":"user","content":"Hi"}]}', auth));
          expect(res.status).toBe(401);
          expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_api_key");
          expect([await hashUserRows(db(), alice), await hashUserRows(db(), bob)]).toEqual(before);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    });
  });

  // Server actions take any value (React decodes the request into one): the same faults, and no raw bodies.
  const viaAction = (action: (input: unknown) => Promise<{ ok: boolean; error?: { code: string; message: string } }>) => async (fault: Fault) => {
    const result = await action("value" in fault ? fault.value : undefined);
    expect(result.ok, fault.kind).toBe(false);
    return result.error;
  };
  const someId = "3f1c2b9e-8f0a-4d6b-9c3e-2a1b0c9d8e7f";
  it.each([
    ["finishOnboardingAction", { atoms: { ...DEFAULT_ATOMS }, aboutMe: "I like maths." }],
    ["nudgeAction", { dimension: "tone", value: 2 }],
    ["saveAboutMeAction", { aboutMe: "I teach." }],
    ["saveParagraphAction", { text: "You like short answers.", baseVersion: 1 }],
    ["clearPinAction", {}],
    ["regenerateAction", { confirmed: true }],
    ["revertAction", { version: 1 }],
    ["acceptAmendmentAction", { id: someId, text: "You like examples." }],
    ["dismissAmendmentAction", { id: someId }],
    ["checkDriftAction", {}],
    ["checkRefinementAction", {}],
  ] as const)("server action %s", async (name, template) => {
    await holds(template as Json, viaAction(actions[name] as (input: unknown) => Promise<{ ok: boolean; error?: { code: string; message: string } }>), { raw: false });
  });

  it.each([
    ["createKeyAction", { name: "Notes" }],
    ["revokeKeyAction", { id: someId }],
    ["listKeysAction", {}],
  ] as const)("server action %s (the gateway's keys)", async (name, template) => {
    await holds(template as Json, viaAction(appsActions[name] as (input: unknown) => Promise<{ ok: boolean; error?: { code: string; message: string } }>), { raw: false });
  });
});
