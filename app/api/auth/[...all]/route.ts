import { getAuth } from "@/lib/auth/server";

/** better-auth's own endpoints (/api/auth/*), for clients that talk to it directly; the app's forms use actions. */
async function handle(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export { handle as GET, handle as POST };
