/**
 * The bench's HTTP client for the production server: one guest session per virtual user (an anonymous
 * sign-in, keep the signed cookie), the Profile Maker's server actions called over HTTP the way the browser calls them
 * (POST to the page with the `Next-Action` id from the build's server-reference manifest), chats and thumbs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Atoms, AtomChange } from "@/lib/personality/atoms";

export type ActionIds = { nudge: string; onboarding: string; createKey: string };

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

/**
 * The action ids of this build. Next 16 records each action's file and export name in the manifest; the id is
 * a hash that changes with every build, so it is looked up, never hard-coded.
 */
export function actionIds(distDir: string): ActionIds {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  const find = (name: string, filename = "app/profile/actions.ts") => {
    const hit = Object.entries(manifest.node).find(([, e]) => e.filename === filename && e.exportedName === name);
    if (!hit) throw new Error(`bench: no server action ${name} in ${file}`);
    return hit[0];
  };
  return { nudge: find("nudgeAction"), onboarding: find("finishOnboardingAction"), createKey: find("createKeyAction", "app/profile/apps/actions.ts") };
}

/** The `name=value` of a new guest's session cookie (better-auth's anonymous sign-in, as a first write does). */
export async function newSession(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/anonymous`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
    redirect: "manual",
  });
  await res.arrayBuffer();
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("pm.session_token="));
  if (!cookie) throw new Error(`bench: the anonymous sign-in set no session cookie (status ${res.status})`);
  return cookie.split(";")[0]!;
}

/** Request parts of a server action call, shared by fetch and autocannon. */
export function actionRequest(actionId: string, cookie: string, arg: unknown) {
  return {
    method: "POST" as const,
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      cookie,
    },
    body: JSON.stringify([arg]),
  };
}

/** The action's return value: row 1 of the RSC payload (row 0 is the envelope). */
export function actionResult(body: string): { ok: boolean; error?: unknown } | null {
  const line = body.split("\n").find((l) => l.startsWith("1:"));
  if (!line) return null;
  try {
    return JSON.parse(line.slice(2)) as { ok: boolean };
  } catch {
    return null;
  }
}

export async function callAction(base: string, page: string, actionId: string, cookie: string, arg: unknown): Promise<unknown> {
  const res = await fetch(`${base}${page}`, actionRequest(actionId, cookie, arg));
  const body = await res.text();
  const result = actionResult(body);
  if (res.status !== 200 || !result?.ok) throw new Error(`bench: action on ${page} failed (${res.status}): ${body.slice(0, 300)}`);
  return (result as { data?: unknown }).data;
}

/** A gateway API key for the session's user, created through the keys page's action (the key is in its answer once). */
export async function createKey(base: string, ids: ActionIds, cookie: string, name: string): Promise<string> {
  const data = (await callAction(base, "/profile/apps", ids.createKey, cookie, { name })) as { created?: { key?: string } };
  if (!data.created?.key) throw new Error("bench: the key action returned no key");
  return data.created.key;
}

export async function onboard(base: string, ids: ActionIds, cookie: string, atoms: Atoms): Promise<void> {
  await callAction(base, "/profile/onboarding", ids.onboarding, cookie, { atoms, aboutMe: "" });
}

export async function nudge(base: string, ids: ActionIds, cookie: string, change: AtomChange): Promise<void> {
  await callAction(base, "/profile", ids.nudge, cookie, change);
}

export function chatBody(conversationId: string, text: string): string {
  return JSON.stringify({ trigger: "submit-message", conversationId, message: { role: "user", parts: [{ type: "text", text }] } });
}

/** The reply's response id from its UI message stream, or null when the stream carried an error. */
export function chatOutcome(body: string): { responseId: string | null; error: boolean } {
  const id = /"responseId":"([0-9a-f-]{36})"/.exec(body)?.[1] ?? null;
  return { responseId: id, error: body.includes('"type":"error"') || !body.includes('"type":"finish"') };
}

/** One chat turn, read to the end of the stream. */
export async function chat(base: string, cookie: string, conversationId: string, text: string): Promise<string> {
  const res = await fetch(`${base}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: chatBody(conversationId, text),
  });
  const body = await res.text();
  const outcome = chatOutcome(body);
  if (res.status !== 200 || outcome.error || !outcome.responseId) {
    throw new Error(`bench: chat failed (${res.status}): ${body.slice(0, 300)}`);
  }
  return outcome.responseId;
}

/** Runs `fn` over 0..count-1 with at most `concurrency` in flight. */
export async function pool(count: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await fn(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
