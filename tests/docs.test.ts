/**
 * The layout, README and the design document agree (docs/design.md): every repository path the docs cite
 * exists, and nothing points at a design file outside the repository.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const DOCS = ["README.md", "docs/design.md", "docs/profile-maker.md", "docs/ai-surfaces.md", "docs/drift-and-evolution.md", "docs/refinement.md", "docs/accounts.md", "docs/data-ownership.md", "docs/export-format.md"];
const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);

/** Paths in backticks that start at a top-level folder of the repository, without `#anchor` or `:line`. */
function citedPaths(markdown: string): string[] {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/`((?:app|components|lib|db|tests|e2e|bench|scripts|docs)\/[^`\s]*)`/g)) {
    const cited = m[1]!.replace(/[#:].*$/, "");
    if (!/[*<…]/.test(cited)) out.add(cited);
  }
  return [...out];
}

describe("the docs and the tree agree", () => {
  it.each(DOCS)("every path %s cites exists", (doc) => {
    const cited = citedPaths(readFileSync(path.join(ROOT, doc), "utf8"));
    // A module may be cited as its import specifier (`db/schema`, `lib/env`).
    const missing = cited.filter((p) => !["", ".ts", ".tsx"].some((ext) => existsSync(path.join(ROOT, p + ext))));
    expect(missing).toEqual([]);
  });

  it("the design document cites the modules of every layer", () => {
    const cited = citedPaths(readFileSync(path.join(ROOT, "docs/design.md"), "utf8"));
    expect(cited).toEqual(
      expect.arrayContaining([
        "lib/personality/aggregator.ts",
        "lib/profile/mirror.ts",
        "lib/ai/preamble.ts",
        "lib/ai/harness.ts",
        "lib/refinement/check.ts",
        "db/schema.ts",
        "tests/source-scan.test.ts",
      ]),
    );
  });

  it("no file points at a design document outside the repository", () => {
    const offenders = tracked.filter((file) => {
      if (!/\.(ts|tsx|mjs|md|json)$/.test(file) || file.startsWith("db/migrations/") || file === "tests/docs.test.ts") return false;
      const text = readFileSync(path.join(ROOT, file), "utf8");
      return /shared\/DESIGN|\bDESIGN\.md/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
