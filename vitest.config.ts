import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (pure) and integration tests (real embedded Postgres, a fresh database per run).
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    // next-auth imports "next/server" without an extension; let vite resolve it.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
