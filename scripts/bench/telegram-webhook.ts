// npx tsx scripts/bench/telegram-webhook.ts: against a RUNNING production server (npm start),
// N text updates (default 5,000, from 1,000 chats) posted to POST /api/telegram/[botId] as Telegram
// delivers them: offered at RATE per second (default 500, open loop) over at most 100 connections
// (Telegram's maximum); RATE=0 sends as fast as the connections go (closed loop, the ceiling).
// Prints updates/s, p50/p95/p99 latency and checks every update was recorded exactly once (200
// are also sent again, as replays). Then waits for the worker to process them and prints that
// rate too (WORKER=off skips the wait, for a server started with WORKER_MODE=off).
// Target: >= 500/s, p95 < 50 ms. BENCH_URL (default http://localhost:3000) and
// BENCH_DATABASE_URL (default the embedded database on EMBEDDED_PG_PORT) say where; the script
// seeds its own org and bot (no flows: no sends) and deletes them after. Numbers: README (Telegram bots).
import { randomUUID } from "node:crypto";
import http from "node:http";
import { loadavg } from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/db/generated/client";

const baseUrl = process.env.BENCH_URL || `http://localhost:${process.env.PORT || 3000}`;
const dbUrl = process.env.BENCH_DATABASE_URL || `postgresql://postgres:frontdesk-local@127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54329}/frontdesk`;
const N = Number(process.env.UPDATES || 5000);
const CHATS = Number(process.env.CHATS || 1000);
const CONCURRENCY = Number(process.env.CONCURRENCY || 100);
const REPLAYS = Number(process.env.REPLAYS || 200);
// Updates offered per second (open loop); 0 = as fast as CONCURRENCY connections go (closed loop).
const RATE = Number(process.env.RATE ?? 500);
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: dbUrl }) });
const id = randomUUID().slice(0, 8);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const org = await db.organization.create({ data: { name: `Bench bot ${id}`, slug: `bench-bot-${id}`, timezone: "UTC", currency: "EUR" } });
  const secret = `bench-${randomUUID()}`;
  const bot = await db.bot.create({ data: { orgId: org.id, telegramBotId: BigInt(-Date.now()), username: `bench_${id}_bot`, name: "Bench", tokenEncrypted: "bench-not-a-token", webhookSecret: secret, status: "ACTIVE" } });
  try {
    const url = `${baseUrl}/api/telegram/${bot.id}`;
    // A plain keep-alive agent, at most CONCURRENCY connections, answers read and dropped: the
    // client shares the 2 cores with the server and should cost as little as it can.
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const post = (updateId: number) =>
      new Promise<number>((resolve) => {
        const chatId = 10_000 + (updateId % CHATS);
        const body = JSON.stringify({
          update_id: updateId,
          message: { message_id: updateId, date: Math.floor(Date.now() / 1000), from: { id: chatId, is_bot: false, first_name: `Chat ${chatId}` }, chat: { id: chatId, type: "private" }, text: `hello ${updateId}` },
        });
        const req = http.request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-telegram-bot-api-secret-token": secret } }, (res) => {
          res.on("data", () => {});
          res.on("end", () => resolve(res.statusCode ?? 0));
        });
        req.on("error", () => resolve(0));
        req.end(body);
      });
    // Warm up (route compiled, secret cached, pools filled) with updates that are not counted.
    await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, c) =>
        (async () => {
          for (let i = 0; i < 5; i++) await post(1_000_000 + c * 5 + i);
        })(),
      ),
    );
    const warmUps = CONCURRENCY * 5;

    const ids = [...Array.from({ length: N }, (_, i) => i + 1), ...Array.from({ length: REPLAYS }, (_, i) => 1 + ((i * 7919) % N))];
    const latencies: number[] = [];
    let failures = 0;
    const started = performance.now();
    if (RATE > 0) {
      // Open loop, as Telegram delivers: update k is due at started + k / RATE whatever the server
      // does; latency counts from when it was due, so waiting for a free connection counts too.
      const sends: Promise<void>[] = [];
      for (let k = 0; k < ids.length;) {
        const now = performance.now();
        for (; k < ids.length && started + (k * 1000) / RATE <= now; k++) {
          const due = started + (k * 1000) / RATE;
          sends.push(
            post(ids[k]).then((status) => {
              latencies.push(performance.now() - due);
              if (status !== 200) failures++;
            }),
          );
        }
        await new Promise((r) => setTimeout(r, 1));
      }
      await Promise.all(sends);
    } else {
      // Closed loop: every connection sends its next update as soon as the last is answered.
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < ids.length) {
            const t0 = performance.now();
            const status = await post(ids[next++]);
            latencies.push(performance.now() - t0);
            if (status !== 200) failures++;
          }
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    latencies.sort((a, b) => a - b);
    const recorded = await db.telegramUpdate.count({ where: { botId: bot.id, updateId: { lte: N } } });
    console.log(`webhook: ${ids.length} requests (${N} updates + ${REPLAYS} replays) from ${CHATS} chats, at most ${CONCURRENCY} connections, ${RATE > 0 ? `offered at ${RATE}/s` : "closed loop"}`);
    console.log(`  ${(ids.length / seconds).toFixed(0)} requests/s over ${seconds.toFixed(1)} s; latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
    console.log(
      `  non-200 answers: ${failures}; updates recorded: ${recorded} of ${N} (${recorded === N ? "each exactly once" : "MISMATCH"}); load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );

    // WORKER=off: the server runs without its worker (WORKER_MODE=off, the worker elsewhere).
    if (process.env.WORKER === "off") return;
    const deadline = Date.now() + 180_000;
    let pending = N;
    while (Date.now() < deadline && pending > 0) {
      await new Promise((r) => setTimeout(r, 1000));
      pending = await db.telegramUpdate.count({ where: { botId: bot.id, processedAt: null } });
    }
    const processedIn = (performance.now() - started) / 1000;
    const messages = await db.botMessage.count({ where: { botId: bot.id, direction: "IN" } });
    console.log(
      `worker: ${pending === 0 ? `all processed ${processedIn.toFixed(1)} s after the first request (${(N / processedIn).toFixed(0)} updates/s end to end)` : `${pending} still unprocessed after 180 s`}; inbound messages logged: ${messages} (warm-up included: ${N + warmUps})`,
    );
  } finally {
    await db.organization.delete({ where: { id: org.id } });
    await db.$disconnect();
  }
}

await main();
