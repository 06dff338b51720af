// Generates the Prisma client offline. `prisma generate` never runs the schema engine, but the
// CLI wants its path to exist, so we point it at this file (see ARCHITECTURE.md, "Prisma 7 offline").
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const self = fileURLToPath(import.meta.url);
execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? self, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
