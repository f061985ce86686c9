import { isIPv6 } from "node:net";

/**
 * The client's address for the per-IP quotas: the entry of X-Forwarded-For `hops` places from the right
 * (QUOTA_PROXY_HOPS, the proxies that append to it), else X-Real-IP, else null (a server-side call: tests,
 * scripts; `next start` always fills X-Forwarded-For from the socket when no proxy sent one). IPv6 addresses
 * count by their /64, which one subscriber usually holds whole.
 */
export function clientIp(headers: Headers | undefined, hops: number): string | null {
  const entries = (headers?.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const raw = entries[Math.max(0, entries.length - 1 - hops)] ?? headers?.get("x-real-ip")?.trim() ?? "";
  return raw ? normalizeIp(raw) : null;
}

function normalizeIp(raw: string): string {
  const ip = raw.replace(/^\[|\](:\d+)?$/g, "").replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = "", tail] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
