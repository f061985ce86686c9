import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { findLiveKey, insertApiKey, listApiKeys, revokeApiKey, touchApiKey, type ApiKeyUsage } from "@/db/queries/api-keys";
import { AppError } from "@/lib/errors";
import { logFailure } from "@/lib/log";

/**
 * API keys for the gateway (docs/gateway.md): `pmk_` and 43 base64url characters (256 random bits). Only the
 * SHA-256 is stored; the key itself is returned once, by createApiKey, and never logged. With 256 random bits
 * there is nothing to guess, so a fast hash is as safe as a slow one and keeps every request to one lookup.
 */
export const KEY_PREFIX = "pmk_";
/** How much of the key the page shows: enough to tell keys apart, far too little to use. */
const SHOWN_CHARS = KEY_PREFIX.length + 6;

export const hashApiKey = (key: string): string => createHash("sha256").update(key, "utf8").digest("hex");

/** What a request with a live key is: whose, and which app asked. */
export type KeyOwner = { userId: string; keyId: string; app: string };

export type CreatedKey = { id: string; name: string; prefix: string; key: string; createdAt: Date };

/** Creates a key for the user's app; the returned `key` is the only time anyone sees it. */
export async function createApiKey({ userId, name }: { userId: string; name: string }): Promise<CreatedKey> {
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const prefix = key.slice(0, SHOWN_CHARS);
  const row = await insertApiKey({ db: await getDb(), values: { userId, name, prefix, hash: hashApiKey(key) } });
  return { id: row.id, name, prefix, key, createdAt: row.createdAt };
}

export async function listKeys({ userId }: { userId: string }): Promise<ApiKeyUsage[]> {
  return listApiKeys({ db: await getDb(), userId });
}

/** Revokes one of the user's keys; someone else's id, or a key already revoked, is a 404. */
export async function revokeKey({ userId, id }: { userId: string; id: string }): Promise<void> {
  if (!(await revokeApiKey({ db: await getDb(), userId, id }))) {
    throw new AppError("not_found:gateway", "This key does not exist or is already revoked.");
  }
}

const unauthorized = (message: string) => new AppError("unauthorized:gateway", message);

/**
 * The key's owner from `Authorization: Bearer <key>`, or a 401: no header, a malformed one, an unknown or a
 * revoked key all say so without telling which keys exist. The key is hashed before anything else is done
 * with it, and it is never part of an error or a log line.
 */
export async function authenticate(request: Request): Promise<KeyOwner> {
  const header = request.headers.get("authorization");
  if (!header) {
    throw unauthorized("You didn't provide an API key. Send it as 'Authorization: Bearer <key>'; create one on the Profile Maker, under \"Use it in your apps\".");
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const found = match ? await findLiveKey({ db: await getDb(), hash: hashApiKey(match[1]!) }) : null;
  if (!found) throw unauthorized("Incorrect API key provided, or the key was revoked. Create a new one on the Profile Maker.");
  return { userId: found.userId, keyId: found.id, app: found.name };
}

/**
 * Records that the key was used (after its request was found valid). Best effort: the reply is already under
 * way when this runs, so a failure is logged (by key id) rather than failing the request.
 */
export async function noteKeyUsed(owner: KeyOwner): Promise<void> {
  try {
    await touchApiKey({ db: await getDb(), id: owner.keyId });
  } catch (err) {
    logFailure("gateway", "recording a key's last use failed", err, { keyId: owner.keyId, userId: owner.userId }, "warn");
  }
}
