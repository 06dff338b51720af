// npm start / npm run dev: Postgres (embedded unless DATABASE_URL), migrations, demo data,
// a production build when needed, the job worker, and the Next.js server. Ctrl-C stops all.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import type PgBoss from "pg-boss";
import path from "node:path";
import { ensureLocalSecrets, loadEnvFiles } from "./lib/load-env";
import { prepareDatabase } from "./lib/prepare-database";

const dev = process.argv.includes("--dev");
const started = Date.now();
loadEnvFiles();
ensureLocalSecrets();
process.env.NEXT_TELEMETRY_DISABLED = "1";
(process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";
const port = Number(process.env.PORT || 3000);
const WORKER_NICE = 10;
// Declared before anything can call shutdown() (a failed build does).
let stopping = false;
const running: { server?: ChildProcess } = {}; // set once the Next server is spawned
let boss: PgBoss | null = null;
process.env.APP_URL ??= `http://localhost:${port}`;

const database = await prepareDatabase({ fresh: process.env.FRONTDESK_FRESH_DB === "1" });
process.env.DATABASE_URL = database.url;
const shown = (dir: string) => (path.relative(process.cwd(), dir).startsWith("..") ? dir : path.relative(process.cwd(), dir));
console.log(`• database ready (${database.dataDir ? `embedded, data in ${shown(database.dataDir)}` : "DATABASE_URL"})`);
const { parseEnv, disabledFeatures } = await import("@/lib/env");
try {
  for (const notice of disabledFeatures(parseEnv(process.env))) console.log(`• ${notice}`);
} catch (err) {
  console.error((err as Error).message);
  await database.stop();
  process.exit(1);
}

// Imported after DATABASE_URL is known: the Prisma client reads it on first use.
const { seedDemoIfEmpty, demoCredentials } = await import("../prisma/seed");
if (process.env.FRONTDESK_SEED !== "0" && (await seedDemoIfEmpty())) console.log("• demo organization seeded");

// Next's own bin, not npx: a signal to this child reaches the server itself, so none is orphaned.
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
if (!dev && needsBuild()) {
  console.log("• building the app (first start or changed sources)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) await shutdown(1);
}

const nextServer = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], { stdio: ["ignore", "pipe", "inherit"], env: process.env });
running.server = nextServer;
nextServer.stdout?.on("data", (chunk: Buffer) => {
  const text = chunk.toString();
  if (!/^\s*(▲|-|✓ Starting|✓ Ready)/m.test(text)) process.stdout.write(text);
});
nextServer.on("exit", (code) => void shutdown(code ?? 0));
// The worker runs in this process, started after the server so that only it gets the lower CPU
// priority: on a small box, replies and broadcasts wait a little rather than the webhook's answers.
if (process.env.WORKER_MODE !== "off") os.setPriority(WORKER_NICE);
boss = process.env.WORKER_MODE === "off" ? null : await (await import("@/lib/worker/run-worker")).runWorker(database.url);
if (boss) console.log("• job worker running");
await waitForHealth(`http://127.0.0.1:${port}/api/health`);
console.log(`\nFrontdesk is running on http://localhost:${port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`Demo sign-in: ${demoCredentials.email} / ${demoCredentials.password}\n`);

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const child = running.server;
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
  await boss?.stop({ graceful: true, wait: true, timeout: 5000 }).catch(() => {});
  await database.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function waitForHealth(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not answer ${url}`);
}

/** A build is needed when there is none or any source file is newer than it. */
function needsBuild(): boolean {
  const buildId = path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const newest = (dir: string): number =>
    !existsSync(dir)
      ? 0
      : readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
          if (e.name === "generated" || e.name.startsWith(".")) return max;
          const p = path.join(dir, e.name);
          return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
        }, 0);
  const sources = ["app", "components", "lib", "next.config.ts", "package-lock.json"];
  return sources.some((s) => (existsSync(s) && statSync(s).isFile() ? statSync(s).mtimeMs : newest(s)) > builtAt);
}
