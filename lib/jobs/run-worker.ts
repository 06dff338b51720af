import type PgBoss from "pg-boss";
import { deliverEmail } from "@/lib/email/deliver-email";
import { createBoss, queues, startBoss } from "./boss";

// Every queue's handler in one place; a new area adds its line here.
const handlers: Record<string, (data: never) => Promise<void>> = {
  [queues.sendEmail]: deliverEmail,
};

export async function runWorker(connectionString?: string): Promise<PgBoss> {
  const boss = await startBoss(createBoss(connectionString));
  for (const [name, handle] of Object.entries(handlers)) {
    await boss.work<object>(name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
      await handle(job.data as never);
    });
  }
  return boss;
}
