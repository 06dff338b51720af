// Benchmark: one broadcast to 3,000 subscribers against a fake Telegram API on 127.0.0.1 that
// enforces 30 sends per second per bot (more get 429 retry_after 1), as Telegram does.
// Run 1: one sender from start to end. Run 2: the sender runs in a child process that is killed
// (SIGKILL) halfway, then a new one is started (the clock starts when the first child is ready, as
// a running worker would be; the second one's start and takeover are counted). Each run prints: total time (the floor is
// 3,000 / 30 = 100 s; target within 5%), 429s received, duplicates (a chat that received the
// broadcast twice), lost (a chat that received nothing), and rows left "outcome unknown".
// Last (2026-12-03, shared 2 cores, load 0.4-0.8): one sender 102.5 s (+2.5%), killed and restarted
// 102.9 s (+2.9%), 0 duplicates, 0 lost, 0 unknown; under load 2-6: 104-105 s and 110-111 s (429s).
// Run: npx tsx scripts/bench/broadcast.ts [--subscribers N]
// (DATABASE_URL, or an embedded Postgres in .data/bench on BENCH_PG_PORT, default 54370.)
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { loadavg } from "node:os";
import type { AddressInfo } from "node:net";
import { prepareDatabase } from "../lib/prepare-database";

process.env.BOT_TOKEN_KEY ||= randomBytes(32).toString("base64");
const workerBotId = process.argv[process.argv.indexOf("--worker") + 1];
if (process.argv.includes("--worker")) {
  const { runBroadcastSender } = await import("@/lib/bots");
  process.send?.("ready");
  await runBroadcastSender({ botId: workerBotId });
  process.exit(0);
}

const arg = (name: string, fallback: number) => (process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : fallback);
const SUBSCRIBERS = arg("subscribers", 3000);
const PER_SECOND = 30;

/** The fake API: a sliding one-second window per bot; counts what each chat really received. */
async function startRateLimitedFake() {
  const received = new Map<number, number>();
  const window: number[] = [];
  const throttledAt: number[] = []; // performance.now() of each 429, to see where a run lost time
  let messageId = 0;
  const server = createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const json = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const now = Date.now();
    while (window.length && now - window[0] >= 1000) window.shift();
    if (window.length >= PER_SECOND) {
      throttledAt.push(performance.now());
      return json(429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    }
    window.push(now);
    const chatId = Number((JSON.parse(raw || "{}") as { chat_id?: number }).chat_id);
    received.set(chatId, (received.get(chatId) ?? 0) + 1);
    json(200, { ok: true, result: { message_id: ++messageId, date: Math.floor(now / 1000), chat: { id: chatId, type: "private" } } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // received.size is O(1): the halfway check must not stall this process (its times are the ones Telegram would see).
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, throttledCount: () => throttledAt.length, throttledAt, close: () => server.close() };
}

const database = await prepareDatabase({ dataDir: ".data/bench", port: Number(process.env.BENCH_PG_PORT || 54370) });
process.env.DATABASE_URL = database.url;
const fake = await startRateLimitedFake();
process.env.TELEGRAM_API_ROOT = fake.url;
const { db } = await import("@/lib/db/client");
const { encryptBotToken } = await import("@/lib/bots");
const { runBroadcastSender } = await import("@/lib/bots");
const { UNKNOWN_OUTCOME } = await import("@/lib/bots");

async function seed(label: string) {
  const id = randomBytes(4).toString("hex");
  const org = await db.organization.create({ data: { name: `Bench broadcast ${id}`, slug: `bench-bc-${id}`, timezone: "UTC", currency: "EUR" }, select: { id: true } });
  const telegramBotId = 10_000_000 + Math.floor(Math.random() * 1e9);
  const bot = await db.bot.create({ data: { orgId: org.id, telegramBotId: BigInt(telegramBotId), username: `bench${id}_bot`, name: "Bench", tokenEncrypted: encryptBotToken(`${telegramBotId}:bench${id}`), webhookSecret: id }, select: { id: true } });
  const base = 5_000_000_000 + Math.floor(Math.random() * 1e9);
  await db.botSubscriber.createMany({ data: Array.from({ length: SUBSCRIBERS }, (_, i) => ({ orgId: org.id, botId: bot.id, chatId: BigInt(base + i), telegramUserId: BigInt(base + i), firstName: `Sub ${i}`, tags: ["bench"] })) });
  const broadcast = await db.broadcast.create({ data: { orgId: org.id, botId: bot.id, status: "SENDING", name: label, text: "Hello {{first_name}}, <b>bench</b>", audience: { tags: ["bench"] } }, select: { id: true } });
  return { orgId: org.id, botId: bot.id, broadcastId: broadcast.id, chatIds: Array.from({ length: SUBSCRIBERS }, (_, i) => base + i) };
}

async function report(label: string, run: Awaited<ReturnType<typeof seed>>, t0: number, throttledBefore: number) {
  const seconds = (performance.now() - t0) / 1000;
  const when = fake.throttledAt.slice(throttledBefore).map((t) => ((t - t0) / 1000).toFixed(1));
  const counts = run.chatIds.map((c) => fake.received.get(c) ?? 0);
  const unknown = await db.broadcastDelivery.count({ where: { broadcastId: run.broadcastId, error: UNKNOWN_OUTCOME } });
  const status = await db.broadcast.findUniqueOrThrow({ where: { id: run.broadcastId }, select: { status: true, sentCount: true } });
  const floor = SUBSCRIBERS / PER_SECOND;
  console.log(
    `${label}: ${seconds.toFixed(1)} s (floor ${floor.toFixed(0)} s, +${((seconds / floor - 1) * 100).toFixed(1)}%), ` +
      `status ${status.status}, sent ${status.sentCount}, 429s ${when.length}${when.length ? ` (at ${when.join(", ")} s)` : ""}, ` +
      `duplicates ${counts.filter((n) => n > 1).length}, lost ${counts.filter((n) => n === 0).length}, outcome unknown ${unknown}; load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
  );
  await db.organization.delete({ where: { id: run.orgId } });
}

function startWorker(botId: string): ChildProcess {
  // node itself with tsx as a loader (not the tsx wrapper, whose SIGKILL would leave its node child running).
  return spawn(process.execPath, ["--import", "tsx", process.argv[1], "--worker", botId], { stdio: ["inherit", "inherit", "inherit", "ipc"], env: { ...process.env } });
}

try {
  console.log(`Broadcast to ${SUBSCRIBERS} subscribers, fake API at ${PER_SECOND} msg/s`);
  const one = await seed("bench: one sender");
  let throttled = fake.throttledCount();
  let t0 = performance.now();
  await runBroadcastSender({ botId: one.botId });
  await report("one sender", one, t0, throttled);

  const two = await seed("bench: killed and restarted");
  throttled = fake.throttledCount();
  const chatsBefore = fake.received.size; // run 2's chats are new ones
  const first = startWorker(two.botId);
  await new Promise((r) => first.once("message", r));
  t0 = performance.now();
  while (fake.received.size - chatsBefore < SUBSCRIBERS / 2) await new Promise((r) => setTimeout(r, 50));
  first.kill("SIGKILL");
  await new Promise((r) => first.once("exit", r));
  console.log(`  worker killed after ${((performance.now() - t0) / 1000).toFixed(1)} s; starting a new one`);
  const second = startWorker(two.botId);
  await new Promise((r) => second.once("exit", r));
  await report("killed halfway + restarted", two, t0, throttled);
} finally {
  fake.close();
  await db.$disconnect();
  await database.stop();
}
