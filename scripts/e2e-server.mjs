// Builds (unless E2E_SKIP_BUILD=1) and serves the app for Playwright on a wiped, private data folder.
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3200";
rmSync(process.env.DATA_DIR ?? ".data/e2e", { recursive: true, force: true });
if (process.env.E2E_SKIP_BUILD !== "1") execFileSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
const server = spawn(process.execPath, ["scripts/next-start.mjs", "-p", port], { stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
