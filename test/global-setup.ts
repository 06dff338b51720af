import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";
import { createBoss, startBoss } from "@/lib/jobs/boss";

// One embedded Postgres for the test run (its own data folder and port) and a fresh, migrated
// database that is dropped at the end. TEST_DATABASE_URL points at an external server instead.
export default async function setup(project: TestProject) {
  const name = `frontdesk_test_${Date.now()}_${process.pid}`;
  let url: string;
  let teardown: () => Promise<void>;
  if (process.env.TEST_DATABASE_URL) {
    url = process.env.TEST_DATABASE_URL;
    teardown = async () => {};
  } else {
    const pg = await startEmbeddedPostgres({ dataDir: process.env.TEST_PG_DIR || ".data/test/pg", port: Number(process.env.TEST_PG_PORT || 54339) });
    await pg.createDatabase(name);
    url = pg.url(name);
    teardown = async () => {
      await pg.dropDatabase(name);
      await pg.stop();
    };
  }
  await migrateDatabase({ databaseUrl: url });
  // pg-boss's schema and every queue made once, before the test files start: a queue's first
  // creation is DDL on pgboss.queue that deadlocks with other files' transactions mid-enqueue.
  const boss = await startBoss(createBoss(url));
  await boss.stop({ graceful: false, wait: true });
  project.provide("databaseUrl", url);
  return teardown;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
