// npm run worker: the job worker alone, for deployments that run it apart from the web server
// (set WORKER_MODE=off on the web processes). Needs DATABASE_URL.
import { loadEnvFiles } from "./lib/load-env";

loadEnvFiles();
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is required for a separate worker.");
  process.exit(1);
}
const { migrateDatabase } = await import("@/lib/db/migrate");
await migrateDatabase({ databaseUrl: process.env.DATABASE_URL });
const { runWorker } = await import("@/lib/worker/run-worker");
const boss = await runWorker(process.env.DATABASE_URL);
console.log("Frontdesk worker running");
const stop = async () => {
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
