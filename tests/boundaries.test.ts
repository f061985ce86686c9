/**
 * The layer boundaries in eslint.config.mjs catch what they are meant to (docs/design.md, "Where each layer
 * lives"): each case lints a line of source as if it were a file in that folder and expects exactly the
 * boundary messages it names, so a rule that silently stops matching fails here.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const RULE = "@typescript-eslint/no-restricted-imports";
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(__dirname, "..") });
});

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message.replace(/^.*by a pattern\. /, "").replace(/\.$/, ""));
}

const DOMAIN = "lib/personality imports nothing outside the domain: no database, no other lib folder, no UI";
const CLIMB = "lib/personality imports nothing outside the domain (use @/lib/personality/… paths)";
const SQL = "SQL lives in db/queries/<area>.ts: call a query function from there";
const TABLES = "Tables are read and written in db/queries/<area>.ts; import row types with `import type`";

describe("the domain stays framework- and database-free", () => {
  it.each([
    ['import { useState as x } from "react";', ["The domain is framework-free"]],
    ['import { redirect as x } from "next/navigation";', ["The domain is framework-free"]],
    ['import { getDb as x } from "@/db/client";', [DOMAIN]],
    ['import type { SummaryRow as x } from "@/db/schema";', [DOMAIN]],
    ['import { eq as x } from "drizzle-orm";', [DOMAIN]],
    ['import { PGlite as x } from "@electric-sql/pglite";', [DOMAIN]],
    ['import { verbalize as x } from "@/lib/ai/verbalize";', [DOMAIN]],
    ['import { streamText as x } from "ai";', ["Models and jobs belong to lib/ai and lib/jobs, not the domain"]],
    ['import { SURFACE_INSTRUCTIONS as x } from "../ai/prompts";', [CLIMB]],
    ['import "server-only";\nconst x = 1;', ["The domain runs on the server and in the browser alike"]],
  ])("lib/personality refuses %s", async (code, expected) => {
    expect(await boundaryErrors("lib/personality/probe.ts", code)).toEqual(expected);
  });

  it("allows the domain's own modules, by either path, and zod", async () => {
    expect(await boundaryErrors("lib/personality/probe.ts", 'import { DIMENSIONS as x } from "./atoms";')).toEqual([]);
    expect(await boundaryErrors("lib/personality/verbalizer/probe.ts", 'import { DIMENSIONS as x } from "../atoms";')).toEqual([]);
    expect(await boundaryErrors("lib/personality/probe.ts", 'import { REFINEMENT as x } from "@/lib/personality/refinement";')).toEqual([]);
    expect(await boundaryErrors("lib/personality/probe.ts", 'import { z as x } from "zod";')).toEqual([]);
  });

  it("refuses a climb out of a subfolder", async () => {
    expect(await boundaryErrors("lib/personality/verbalizer/probe.ts", 'import { x } from "../../ai/prompts";')).toEqual([CLIMB]);
  });
});

describe("SQL stays in db/queries", () => {
  it.each(["lib/profile/probe.ts", "lib/refinement/probe.ts", "app/profile/probe.ts", "components/profile/probe.tsx"])(
    "%s may not build queries or touch tables",
    async (file) => {
      expect(await boundaryErrors(file, 'import { eq as x } from "drizzle-orm";')).toEqual([SQL]);
      expect(await boundaryErrors(file, 'import { signal as x } from "@/db/schema";')).toEqual([TABLES]);
      expect(await boundaryErrors(file, 'import x from "postgres";')).toEqual(["Only db/client.ts opens a database driver"]);
    },
  );

  it("row types and the query functions are fine outside db/", async () => {
    expect(await boundaryErrors("lib/profile/probe.ts", 'import type { SignalRow as x } from "@/db/schema";')).toEqual([]);
    expect(await boundaryErrors("lib/profile/probe.ts", 'import { getSummary as x } from "@/db/queries/summary";')).toEqual([]);
  });

  it("db/ depends on the domain's types and constants and on lib/env, never on orchestration or UI", async () => {
    const ORCHESTRATION =
      "db/ depends only on lib/personality (types, constants) and lib/env; orchestration calls db/, not the reverse";
    expect(await boundaryErrors("db/queries/probe.ts", 'import { mirrorWrite as x } from "@/lib/profile/mirror";')).toEqual([ORCHESTRATION]);
    expect(await boundaryErrors("db/queries/probe.ts", 'import { Button as x } from "@/components/ui/button";')).toEqual([ORCHESTRATION]);
    expect(await boundaryErrors("db/queries/probe.ts", 'import { REFINEMENT as x } from "@/lib/personality/refinement";')).toEqual([]);
    expect(await boundaryErrors("db/queries/probe.ts", 'import { eq as x } from "drizzle-orm";')).toEqual([]);
  });
});
