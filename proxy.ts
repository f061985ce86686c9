/**
 * Runs before Next's own handling: a malformed server-action request (not what the client sends) gets a 4xx
 * here, instead of a 500 from inside Next's action handler (docs/input-rules.md). Sessions are better-auth's
 * cookies, read where they are used (lib/session.ts); nothing here touches them.
 */
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { refuseMalformedAction } from "@/lib/action-guard";

export async function proxy(request: NextRequest) {
  const refused = await refuseMalformedAction(request);
  return refused ?? NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/|v1/).*)"],
};
