/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded database). */
import { env, pgliteDataDir } from "@/lib/env";
import { openDatabase } from "./client";

const e = env();
const database = await openDatabase({ url: e.DATABASE_URL, pgliteDir: pgliteDataDir(e), poolMode: e.DATABASE_POOL_MODE });
await database.close();
console.log(`Migrations applied (${database.driver}).`);
