/**
 * The load-bearing invariant (docs/design.md, L1), enforced on the source: exactly one definition of readPreamble,
 * called only by the harness, and its SQL (getPromptParagraph) used by nothing else; only the harness calls a model
 * (streamText / generateText / …); only the provider module imports a provider. Comments are stripped first, so prose about these names is fine.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const SCANNED = ["app", "components", "lib", "db"];
const HARNESS = "lib/ai/harness.ts";
const PREAMBLE = "lib/ai/preamble.ts";
const PROVIDER = "lib/ai/provider.ts";
const OFFLINE_MODEL = "lib/ai/offline-model.ts";
/** The read's SQL: a query function like any other, but only the read may use it (no second way to the row). */
const PREAMBLE_SQL = "db/queries/summary.ts";
const MODEL_CALLS = ["streamText", "generateText", "streamObject", "generateObject", "experimental_streamTextLowMemory"];

type Sources = Record<string, string>;
type Import = { file: string; from: string; names: string[]; typeOnly: boolean };

function collect(dir: string, out: Sources): Sources {
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) collect(rel, out);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name) && !/\.test\.(ts|tsx)$/.test(name)) {
      out[rel] = readFileSync(path.join(ROOT, rel), "utf8");
    }
  }
  return out;
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

function importsOf(file: string, source: string): Import[] {
  const code = stripComments(source);
  const out: Import[] = [];
  const re = /(?:import|export)\s+(type\s+)?([\s\S]*?)\s*from\s*["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) {
    const clause = m[2]!;
    const braces = /\{([\s\S]*)\}/.exec(clause)?.[1] ?? "";
    const names = braces
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean)
      .map((n) => n.replace(/^type\s+/, "").split(/\s+as\s+/)[0]!.trim());
    const star = /\*\s+as\s+\w+/.test(clause) ? ["*"] : [];
    const typeOnly = !!m[1] || (braces !== "" && braces.split(",").every((n) => !n.trim() || /^type\s/.test(n.trim())));
    out.push({ file, from: m[3]!, names: [...names, ...star], typeOnly });
  }
  for (const m of code.matchAll(/(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g)) {
    out.push({ file, from: m[1]!, names: ["*"], typeOnly: false });
  }
  return out;
}

/** The module a specifier points at, as a repo-relative path without extension (or the package name). */
function resolve(file: string, from: string): string {
  if (from.startsWith("@/")) return from.slice(2);
  if (from.startsWith(".")) return path.posix.join(path.posix.dirname(file), from);
  return from;
}
const sameModule = (spec: string, target: string) => spec === target.replace(/\.(ts|tsx)$/, "");

/** Every violation of the invariant in a set of sources; empty when the tree is sound. */
export function violations(sources: Sources): string[] {
  const found: string[] = [];
  const definitions = Object.entries(sources).filter(([, src]) =>
    /\bfunction\s+readPreamble\b|\breadPreamble\s*[:=][^=]|\bclass\s+\w+[\s\S]*\breadPreamble\s*\(/.test(stripComments(src)),
  );
  if (definitions.length !== 1 || definitions[0]![0] !== PREAMBLE) {
    found.push(`readPreamble must be defined once, in ${PREAMBLE}; found in: ${definitions.map(([f]) => f).join(", ") || "nowhere"}`);
  }
  for (const [file, src] of Object.entries(sources)) {
    const code = stripComments(src);
    if (file !== PREAMBLE && file !== HARNESS && /\breadPreamble\b/.test(code)) {
      found.push(`${file} mentions readPreamble: only ${HARNESS} may call it`);
    }
    if (file !== PREAMBLE && file !== PREAMBLE_SQL && /\bgetPromptParagraph\b/.test(code)) {
      found.push(`${file} mentions getPromptParagraph: only ${PREAMBLE} may read the paragraph for a prompt`);
    }
    for (const imp of importsOf(file, src)) {
      const target = resolve(file, imp.from);
      if (imp.typeOnly) continue;
      if (sameModule(target, PREAMBLE) && file !== HARNESS) found.push(`${file} imports ${PREAMBLE}: only ${HARNESS} may`);
      if (sameModule(target, PROVIDER) && file !== HARNESS) found.push(`${file} imports ${PROVIDER}: only ${HARNESS} may`);
      if (sameModule(target, OFFLINE_MODEL) && file !== PROVIDER) {
        found.push(`${file} imports ${OFFLINE_MODEL}: only ${PROVIDER} may`);
      }
      if (target === "ai" && file !== HARNESS) {
        const calls = imp.names.filter((n) => n === "*" || MODEL_CALLS.includes(n));
        if (calls.length > 0) found.push(`${file} imports ${calls.join(", ")} from "ai": only ${HARNESS} calls a model`);
      }
      const isProvider = target.startsWith("@ai-sdk/") && target !== "@ai-sdk/react" && target !== "@ai-sdk/provider";
      if (isProvider && file !== PROVIDER) found.push(`${file} imports the provider ${target}: only ${PROVIDER} may`);
      if (target === "@ai-sdk/provider" && !file.startsWith("lib/ai/")) {
        found.push(`${file} imports @ai-sdk/provider outside lib/ai`);
      }
    }
  }
  return found;
}

describe("the single read and the single harness (source scan)", () => {
  const tree = SCANNED.reduce<Sources>((acc, dir) => collect(dir, acc), {});

  it("scans the real tree, including the harness and the one read", () => {
    // The modules that reach a model or the read, one per folder the scan covers.
    expect(Object.keys(tree)).toEqual(
      expect.arrayContaining([
        HARNESS,
        PREAMBLE,
        PROVIDER,
        OFFLINE_MODEL,
        "lib/ai/verbalize.ts",
        "lib/refinement/model-judge.ts",
        "app/api/chat/route.ts",
        "components/chat/chat-screen.tsx",
        "db/queries/summary.ts",
      ]),
    );
  });

  it("finds no violation in app/, components/, lib/ and db/", () => {
    expect(violations(tree)).toEqual([]);
  });

  it("the harness really calls the read and a model", () => {
    const harness = stripComments(tree[HARNESS]!);
    expect(harness).toMatch(/\breadPreamble\(/);
    expect(harness).toMatch(/\bstreamText\(/);
  });

  describe("catches what it must catch", () => {
    const base: Sources = {
      [PREAMBLE]: "export async function readPreamble(userId: string) { return null; }",
      [HARNESS]: 'import { streamText } from "ai";\nimport { readPreamble } from "./preamble";\nimport { selectModels } from "./provider";',
      [PROVIDER]: 'import { createOpenAI } from "@ai-sdk/openai";\nimport { createOfflineModel } from "./offline-model";',
      "app/chat/chat.tsx": 'import { useChat } from "@ai-sdk/react";\nimport { DefaultChatTransport } from "ai";',
    };
    const withFile = (file: string, src: string) => violations({ ...base, [file]: src });

    it("accepts the sound layout", () => {
      expect(violations(base)).toEqual([]);
    });
    it("a second definition of the read", () => {
      expect(withFile("db/queries/other.ts", "export const readPreamble = async () => null;")).toHaveLength(2);
    });
    it("a call of the read outside the harness, even under another name", () => {
      expect(withFile("app/api/x/route.ts", 'import { readPreamble as r } from "@/lib/ai/preamble";\nr("u");')).toEqual([
        "app/api/x/route.ts mentions readPreamble: only lib/ai/harness.ts may call it",
        "app/api/x/route.ts imports lib/ai/preamble.ts: only lib/ai/harness.ts may",
      ]);
    });
    it("a second way to the read's row", () => {
      expect(withFile("lib/ai/text-surface.ts", 'import { getPromptParagraph } from "@/db/queries/summary";')).toEqual([
        "lib/ai/text-surface.ts mentions getPromptParagraph: only lib/ai/preamble.ts may read the paragraph for a prompt",
      ]);
    });
    it("a model call outside the harness", () => {
      expect(withFile("app/api/x/route.ts", 'import {\n  generateText,\n  type UIMessage,\n} from "ai";')).toEqual([
        'app/api/x/route.ts imports generateText from "ai": only lib/ai/harness.ts calls a model',
      ]);
      expect(withFile("lib/jobs/judge.ts", 'const { streamText } = await import("ai");')).toEqual([
        'lib/jobs/judge.ts imports * from "ai": only lib/ai/harness.ts calls a model',
      ]);
    });
    it("a provider outside provider.ts", () => {
      expect(withFile("lib/refinement/model-judge.ts", 'import { openai } from "@ai-sdk/openai";')).toEqual([
        "lib/refinement/model-judge.ts imports the provider @ai-sdk/openai: only lib/ai/provider.ts may",
      ]);
    });
    it("the offline model used directly", () => {
      expect(withFile("app/api/x/route.ts", 'import { createOfflineModel } from "@/lib/ai/offline-model";')).toEqual([
        "app/api/x/route.ts imports lib/ai/offline-model.ts: only lib/ai/provider.ts may",
      ]);
    });
    it("but not prose in comments or type-only imports", () => {
      expect(
        withFile(
          "lib/ai/client-contract.ts",
          '// readPreamble is called by the harness\n/* streamText */\nimport type { Preamble } from "./preamble";',
        ),
      ).toEqual([]);
    });
  });
});
