import { db } from "@/lib/db/client";
import { sendJob } from "@/lib/jobs/boss";
import { telegramSendJob, telegramUpdateJob } from "@/lib/bots/jobs";
import { fetchGuarded } from "../http-node/fetch-guarded";
import { type Effect, type FlowEvent, flowEventSchema } from "../flow-engine/types";
import { runSubscriberFlow } from "./run-subscriber-flow";
import { subscriberSelect } from "./upsert-bot-subscriber";
import { withChatLock } from "./with-chat-lock";

// Jobs that feed an event back into a waiting conversation: a delay that elapsed, an HTTP
// node's result, the inbox handing a chat back to the bot. A stale token changes nothing (the
// engine checks it).
export async function runFlowEventJob({ botId, chatId, event }: { botId: string; chatId: number; event: FlowEvent }): Promise<void> {
  const parsed = flowEventSchema.parse(event);
  await withChatLock(botId, chatId, async (tx) => {
    const subscriber = await tx.botSubscriber.findUnique({ where: { botId_chatId: { botId, chatId: BigInt(chatId) } }, select: subscriberSelect });
    if (!subscriber || (subscriber.handedOff && parsed.type !== "handedBack")) return { result: undefined, callbackAnswers: [] };
    if (parsed.type === "handedBack") await tx.botSubscriber.update({ where: { id: subscriber.id }, data: { handedOff: false, handedOffAt: null } });
    const { callbackAnswers } = await runSubscriberFlow(tx, { subscriber: { ...subscriber, handedOff: false }, event: parsed, now: new Date() });
    return { result: undefined, callbackAnswers };
  });
}

type HttpEffect = Extract<Effect, { type: "httpRequest" }>;

/** An HTTP node's request, guarded (lib/bots/http-node/fetch-guarded.ts), then its result into the conversation. */
export async function runHttpRequestJob({ botId, chatId, request }: { botId: string; chatId: number; request: HttpEffect }): Promise<void> {
  let event: FlowEvent;
  try {
    const body = request.jsonBody && request.method !== "GET" ? JSON.stringify(request.jsonBody) : undefined;
    const headers = { ...request.headers, ...(body ? { "content-type": "application/json" } : {}) };
    const res = await fetchGuarded({ method: request.method, url: request.url, headers, body, timeoutMs: request.timeoutMs });
    event = { type: "httpResult", token: request.token, ok: res.ok, status: res.status, json: parseJson(res.text) };
  } catch (err) {
    const timedOut = (err as Error).name === "TimeoutError" || (err as Error).name === "AbortError";
    event = timedOut ? { type: "httpTimeout", token: request.token } : { type: "httpResult", token: request.token, ok: false, status: 0, json: null, error: String((err as Error).message ?? err).slice(0, 500) };
  }
  await runFlowEventJob({ botId, chatId, event });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** The `telegram.sweep` cron: re-queues chats whose updates or replies waited over a minute (a lost job). */
export async function sweepTelegramWork(): Promise<void> {
  const chats = await db.$queryRaw<{ botId: string; chatId: bigint }[]>`
    SELECT DISTINCT "botId", "chatId" FROM "TelegramUpdate" WHERE "processedAt" IS NULL AND "chatId" IS NOT NULL AND "receivedAt" < now() - interval '1 minute' LIMIT 500`;
  for (const c of chats) await sendJob(telegramUpdateJob, { botId: c.botId, chatId: Number(c.chatId) }, { singletonKey: `${c.botId}:${c.chatId}` });
  const subscribers = await db.$queryRaw<{ subscriberId: string }[]>`
    SELECT DISTINCT "subscriberId" FROM "BotMessage" WHERE "status" = 'PENDING' AND "direction" = 'OUT' AND "broadcastId" IS NULL AND "createdAt" < now() - interval '1 minute' LIMIT 500`;
  for (const s of subscribers) await sendJob(telegramSendJob, { subscriberId: s.subscriberId }, { singletonKey: s.subscriberId });
}
