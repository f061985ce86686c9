import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";
import { authRefusal, replyRefusal, retryAfterText } from "./rules";

describe("quota wording", () => {
  it("rounds the wait up, in the largest units that read well", () => {
    expect(retryAfterText(0)).toBe("in 1 second");
    expect(retryAfterText(1)).toBe("in 1 second");
    expect(retryAfterText(59)).toBe("in 59 seconds");
    expect(retryAfterText(59.2)).toBe("in 1 minute");
    expect(retryAfterText(60)).toBe("in 1 minute");
    expect(retryAfterText(61)).toBe("in 2 minutes");
    expect(retryAfterText(3600)).toBe("in 1 hour");
    expect(retryAfterText(3601)).toBe("in 1 hour 1 minute");
    expect(retryAfterText(86_400)).toBe("in 24 hours");
  });

  it("points a guest to an account only when an account gets more", () => {
    expect(replyRefusal({ limit: 50, accountLimit: 500 }, 120)).toBe(
      "You have used all 50 replies of the last 24 hours. Try again in 2 minutes, or create an account for 500 a day.",
    );
    expect(replyRefusal({ limit: 500, accountLimit: 500 }, 7200)).toBe("You have used all 500 replies of the last 24 hours. Try again in 2 hours.");
    expect(replyRefusal({ limit: 1, accountLimit: null }, 5)).toBe(
      "You have used all 1 reply of the last 24 hours. Try again in 5 seconds, or create an account (no daily limit).",
    );
    expect(authRefusal("reset", 600)).toBe("Too many password reset requests in the last hour. Try again in 10 minutes.");
  });
});

describe("the client's address", () => {
  const h = (xff: string, extra: Record<string, string> = {}) => new Headers({ "x-forwarded-for": xff, ...extra });

  it("takes the entry `hops` from the right, so what a client prepends is ignored", () => {
    expect(clientIp(h("198.51.100.1"), 0)).toBe("198.51.100.1");
    expect(clientIp(h("6.6.6.6, 198.51.100.1"), 0)).toBe("198.51.100.1");
    expect(clientIp(h("6.6.6.6, 198.51.100.1, 10.0.0.2"), 1)).toBe("198.51.100.1");
    // Fewer entries than proxies: the leftmost, rather than nothing.
    expect(clientIp(h("198.51.100.1"), 3)).toBe("198.51.100.1");
  });

  it("falls back to X-Real-IP, and is null on a server-side call", () => {
    expect(clientIp(new Headers({ "x-real-ip": " 198.51.100.9 " }), 0)).toBe("198.51.100.9");
    expect(clientIp(new Headers(), 0)).toBeNull();
    expect(clientIp(undefined, 0)).toBeNull();
    expect(clientIp(h(" , "), 0)).toBeNull();
  });

  it("counts IPv6 by its /64 and unwraps IPv4-mapped addresses", () => {
    expect(clientIp(h("2001:db8:0:1:aaaa::1"), 0)).toBe("2001:db8:0:1::/64");
    expect(clientIp(h("2001:DB8:0:1:bbbb:cccc:dddd:eeee"), 0)).toBe("2001:db8:0:1::/64");
    expect(clientIp(h("2001:db8::1"), 0)).toBe("2001:db8:0:0::/64");
    expect(clientIp(h("::1"), 0)).toBe("0:0:0:0::/64");
    expect(clientIp(h("::ffff:203.0.113.4"), 0)).toBe("203.0.113.4");
    expect(clientIp(h("fe80::1%eth0"), 0)).toBe("fe80:0:0:0::/64");
  });
});
