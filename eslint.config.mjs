import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * Layer boundaries (docs/design.md, "Where each layer lives"). Each block below is disjoint from the others,
 * because a later block's options for the same rule replace an earlier one's instead of adding to them.
 */
const SQL = [
  {
    group: ["drizzle-orm", "drizzle-orm/*"],
    message: "SQL lives in db/queries/<area>.ts: call a query function from there.",
    allowTypeImports: true,
  },
  {
    regex: "^(@/|(\\.\\./)+)db/(schema|migrations)(/|$)",
    message: "Tables are read and written in db/queries/<area>.ts; import row types with `import type`.",
    allowTypeImports: true,
  },
  {
    group: ["postgres", "@electric-sql/pglite", "@electric-sql/pglite/*"],
    message: "Only db/client.ts opens a database driver.",
  },
];
const FRAMEWORK = [
  { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*"], message: "The domain is framework-free." },
  { group: ["server-only"], message: "The domain runs on the server and in the browser alike." },
  { regex: "^(ai|openai|pg-boss)$|^@ai-sdk/", message: "Models and jobs belong to lib/ai and lib/jobs, not the domain." },
];
/** The domain's rule; `climbing` matches a relative path that leaves lib/personality from the file's depth. */
const domain = (climbing) => [
  ...FRAMEWORK,
  {
    regex: "^(@/(db|app|components)(/|$)|@/lib/(?!personality/)|drizzle-orm|postgres$|@electric-sql/)",
    message: "lib/personality imports nothing outside the domain: no database, no other lib folder, no UI.",
  },
  { regex: climbing, message: "lib/personality imports nothing outside the domain (use @/lib/personality/… paths)." },
];
const restrict = (patterns) => ({ "@typescript-eslint/no-restricted-imports": ["error", { patterns }] });

/** Test code and tools that seed or inspect tables directly, by design. */
const SQL_EXEMPT = [
  "**/*.test.ts",
  "tests/**",
  "lib/*/testing.ts", // test helpers: rows a test asserts on, read directly so they do not trust the code under test
  "bench/**", // benchmarks seed thousands of rows in one statement
  "app/api/health/route.ts", // a liveness probe's `select 1`, not a query of the product
  "scripts/test-all.mjs", // the test runner creates the scratch PostgreSQL database before any test runs
];

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [".next*/**", "node_modules/**", ".data/**", ".tools/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**", "bench/results/**"],
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain (L2–L6 rules, L5 offline verbalizer): pure TypeScript, data in and data out, unit-tested alone.
    files: ["lib/personality/*.ts"],
    rules: restrict(domain("^\\.\\./")),
  },
  {
    files: ["lib/personality/*/**"],
    rules: restrict(domain("^\\.\\./\\.\\./")),
  },
  {
    // db/: SQL and the schema. It may use the domain's types and constants, never its orchestration or the UI.
    files: ["db/**"],
    ignores: SQL_EXEMPT,
    rules: restrict([
      { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*"], message: "db/ is plain server code." },
      {
        regex: "^@/(lib/(?!personality/|env$)|(app|components)(/|$))",
        message: "db/ depends only on lib/personality (types, constants) and lib/env; orchestration calls db/, not the reverse.",
      },
    ]),
  },
  {
    // Everyone else reaches the database through db/queries.
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts", "scripts/**", "e2e/**"],
    ignores: [...SQL_EXEMPT, "lib/personality/**"],
    rules: restrict(SQL),
  },
];

export default config;
