"use server";

/**
 * "Use it in your apps": create, list and revoke the gateway's API keys (docs/gateway.md). Session → zod →
 * lib/gateway/keys → typed result. The key itself is in the result of create only, once; nothing else ever
 * returns it, and nothing logs it.
 */
import type { z } from "zod";
import { AppError, fromZod, runAction, type ActionResult } from "@/lib/errors";
import { createApiKey, listKeys, revokeKey } from "@/lib/gateway/keys";
import { readerId, requireUserId } from "@/lib/session";
import { toKeyDto, type KeyDto } from "@/lib/gateway/key-dto";
import { createKeySchema, listKeysSchema, revokeKeySchema } from "./schemas";

/** Enough for every app a person uses; a bound keeps a runaway script from minting keys without end. */
const LIVE_KEYS_MAX = 25;

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZod("gateway", parsed.error);
  return parsed.data;
}

const keysOf = async (userId: string): Promise<KeyDto[]> => (await listKeys({ userId })).map(toKeyDto);

export async function createKeyAction(input: unknown): Promise<ActionResult<{ created: { key: string; id: string; name: string }; keys: KeyDto[] }>> {
  return runAction("gateway", async () => {
    const { name } = parse(createKeySchema, input);
    const userId = await requireUserId();
    const existing = await listKeys({ userId });
    if (existing.filter((k) => !k.revokedAt).length >= LIVE_KEYS_MAX) {
      throw new AppError("bad_request:gateway", `You have ${LIVE_KEYS_MAX} live keys already. Revoke one you no longer use first.`);
    }
    const created = await createApiKey({ userId, name });
    return { created: { key: created.key, id: created.id, name: created.name }, keys: await keysOf(userId) };
  });
}

export async function revokeKeyAction(input: unknown): Promise<ActionResult<{ keys: KeyDto[] }>> {
  return runAction("gateway", async () => {
    const { id } = parse(revokeKeySchema, input);
    const userId = await requireUserId();
    await revokeKey({ userId, id });
    return { keys: await keysOf(userId) };
  });
}

/** The keys with their usage now (the page refreshes it after the "try it" box gets a reply). */
export async function listKeysAction(input: unknown): Promise<ActionResult<{ keys: KeyDto[] }>> {
  return runAction("gateway", async () => {
    parse(listKeysSchema, input);
    return { keys: await keysOf(await readerId()) };
  });
}
