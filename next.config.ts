import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss"],
  // Parallel builds (e.g. two e2e runs) each need their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // No gzip of responses in the app: Next compresses a streamed reply chunk by chunk, which cost ~7.5% of the
  // server's CPU under load (README, Benchmarks). In production the reverse proxy in front compresses.
  compress: false,
  typedRoutes: false,
};

export default nextConfig;
