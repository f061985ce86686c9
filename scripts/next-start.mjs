// The app's production server: `next start` (its arguments passed through) with the Node flags the server
// runs with. `npm start`, the e2e server and the benchmarks' servers all start it through here, so what is
// measured is what runs (README, "Benchmarks").
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// AsyncLocalStorage on AsyncContextFrame instead of promise hooks (Node 24's default; on Node 22 behind this
// flag). Next keeps each request's context in AsyncLocalStorage, and with promise hooks every promise of every
// request paid for it: under the load run this flag took a chat turn from 7.8 to 4.8 ms of server CPU.
// Only flags this Node accepts in NODE_OPTIONS are added (a later Node may drop the experimental name).
const FLAGS = ["--experimental-async-context-frame"].filter((flag) => process.allowedNodeEnvironmentFlags.has(flag));

const next = fileURLToPath(new URL("../node_modules/.bin/next", import.meta.url));
const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS ?? "", ...FLAGS].join(" ").trim() };
const server = spawn(next, ["start", ...process.argv.slice(2)], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
