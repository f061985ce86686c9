import type { ApiKeyUsage } from "@/db/queries/api-keys";

/** A key as the keys page shows it: never the key (after creation) and never its hash. */
export type KeyDto = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  replies: number;
  up: number;
  down: number;
};

export function toKeyDto(k: ApiKeyUsage): KeyDto {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
    replies: k.replies,
    up: k.up,
    down: k.down,
  };
}
