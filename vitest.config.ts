import path from "node:path";
import { defineConfig } from "vitest/config";

// `server-only` throws outside a React Server build; tests run server code under plain Node.
const resolve = { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js") } };
// next-auth imports "next/server" without an extension; let vite resolve it.
const server = { deps: { inline: ["next-auth", "@auth/core"] } };
const roots = ["lib", "app", "components", "scripts", "test"];

// Two projects. unit: pure tests, no database. integration (*.int.test.ts): the real embedded
// Postgres, one fresh migrated database per run (test/global-setup.ts).
export default defineConfig({
  test: {
    pool: "forks",
    maxWorkers: 2,
    projects: [
      {
        resolve,
        test: {
          server,
          name: "unit",
          include: roots.map((r) => `${r}/**/*.test.{ts,tsx}`),
          exclude: ["**/*.int.test.{ts,tsx}", "**/node_modules/**"],
          setupFiles: ["test/setup-unit.ts"],
          testTimeout: 20_000,
        },
      },
      {
        resolve,
        test: {
          server,
          name: "integration",
          include: roots.map((r) => `${r}/**/*.int.test.{ts,tsx}`),
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/setup.ts"],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
