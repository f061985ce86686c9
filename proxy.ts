/**
 * Every visitor gets a signed guest session before any page or handler runs. A missing, forged or tampered
 * cookie is replaced by a fresh guest id; the user row itself is created on first use (lib/session.ts).
 */
import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedAction } from "@/lib/action-guard";
import { env } from "@/lib/env";
import {
  SESSION_COOKIE,
  SESSION_MAX_AGE_S,
  cookieIsSecure,
  newUserId,
  sessionSecret,
  signSession,
  verifySession,
} from "@/lib/session-token";

export async function proxy(request: NextRequest) {
  const refused = await refuseMalformedAction(request);
  if (refused) return refused;
  const e = env();
  const secret = await sessionSecret(e);
  if (await verifySession(request.cookies.get(SESSION_COOKIE)?.value, secret)) return NextResponse.next();

  const token = await signSession(newUserId(), secret);
  // Forward the new cookie to this very request, so the page rendering it already sees the new guest.
  request.cookies.set(SESSION_COOKIE, token);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: cookieIsSecure(e),
    path: "/",
    maxAge: SESSION_MAX_AGE_S,
  });
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/health).*)"],
};
