import PgBoss from "pg-boss";
import { databaseUrl } from "@/lib/env";
import type { z } from "zod";
import type { Prisma } from "@/lib/db/client";

// pg-boss keeps its queue in the app's own Postgres (schema "pgboss"), so a job enqueued before a
// restart is still there after it. One instance per process.
const globalForBoss = globalThis as unknown as { frontdeskBoss?: Promise<PgBoss> };

export const queues = {
  sendEmail: "email.send",
  analyticsRecompute: "analytics.recompute",
  analyticsRecomputeAll: "analytics.recompute-all",
  bookingExpireHold: "booking.expire-hold",
  bookingReminders: "booking.reminders",
  ticketExpireHold: "ticket.expire-hold",
  ticketSendEmails: "ticket.send-emails",
  telegramUpdate: "telegram.update",
  telegramSend: "telegram.send",
  botFlowEvent: "bots.flow-event",
  botHttpRequest: "bots.http-request",
  telegramSweep: "telegram.sweep",
  broadcastSend: "broadcast.send",
  broadcastSweep: "broadcast.sweep",
  dripSend: "drip.send",
} as const;

export type QueueName = (typeof queues)[keyof typeof queues];

// "short": at most one waiting job per singletonKey (an org's recompute), while other keys and the
// running job are never held up (unlike "stately", whose fetch stalls the queue behind a busy key).
const queuePolicies: Partial<Record<QueueName, PgBoss.QueuePolicy>> = {
  [queues.analyticsRecompute]: "short",
  // One waiting job per chat: the job handles every update (or reply) of that chat still pending.
  [queues.telegramUpdate]: "short",
  [queues.telegramSend]: "short",
  // One waiting sender job per bot; the running sender holds a lock (lib/bots/broadcasts).
  [queues.broadcastSend]: "short",
};

export function createBoss(connectionString = databaseUrl()): PgBoss {
  const boss = new PgBoss({ connectionString, max: 4 });
  boss.on("error", (err) => console.error("[jobs]", err.message));
  return boss;
}

export async function startBoss(boss: PgBoss): Promise<PgBoss> {
  await boss.start();
  for (const name of Object.values(queues)) await boss.createQueue(name, { name, policy: queuePolicies[name] });
  return boss;
}

/** The process's started instance, for enqueuing. */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.frontdeskBoss ??= startBoss(createBoss()).catch((err) => {
    globalForBoss.frontdeskBoss = undefined;
    throw err;
  });
  return globalForBoss.frontdeskBoss;
}

/** A queue and the zod schema of its payload: the sender and the worker agree on one shape. */
export type Job<S extends z.ZodType = z.ZodType> = { queue: QueueName; payload: S };
export type JobPayload<J extends Job> = z.input<J["payload"]>;

export function defineJob<S extends z.ZodType>(queue: QueueName, payload: S): Job<S> {
  return { queue, payload };
}

/** A queue's handler as the worker runs it: the payload is parsed before the handler sees it. */
export type JobHandler = { queue: QueueName; run: (data: unknown) => Promise<void> };

export function handleJob<S extends z.ZodType>(job: Job<S>, handler: (data: z.output<S>) => Promise<unknown>): JobHandler {
  return { queue: job.queue, run: async (data) => void (await handler(job.payload.parse(data ?? {}))) };
}

const DEFAULT_RETRIES: PgBoss.SendOptions = { retryLimit: 5, retryDelay: 30, retryBackoff: true };

/** Queues a job; a payload that does not match its schema is refused here, not in the worker. */
export async function sendJob<S extends z.ZodType>(job: Job<S>, data: z.input<S>, options: PgBoss.SendOptions = {}) {
  const boss = await getBoss();
  return boss.send(job.queue, job.payload.parse(data) as object, { ...DEFAULT_RETRIES, ...options });
}

/** Queues inside a Prisma transaction: the job exists exactly when the transaction commits. */
export async function sendJobInTx<S extends z.ZodType>(tx: Prisma.TransactionClient, job: Job<S>, data: z.input<S>, options: PgBoss.SendOptions = {}) {
  const boss = await getBoss();
  const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
  return boss.send(job.queue, job.payload.parse(data) as object, { ...DEFAULT_RETRIES, ...options, db });
}
