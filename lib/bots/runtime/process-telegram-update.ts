import type { Prisma } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { FlowEvent } from "../flow-engine/types";
import type { OutgoingPayload } from "./queue-bot-messages";
import { runSubscriberFlow } from "./run-subscriber-flow";
import { classifyUpdate, type HandledUpdate, type TelegramUpdatePayload } from "./telegram-update-kinds";
import { upsertBotSubscriber } from "./upsert-bot-subscriber";
import { type FlowLoader, memoFlowLoader } from "./load-runnable-flows";
import { type CallbackAnswer, withChatLock } from "./with-chat-lock";

// One chat's waiting updates { botId, chatId } (run by the drainer, lib/bots/runtime/drain-telegram-updates.ts,
// and by the sweep's `telegram.update` job): every recorded, unprocessed update of that chat in
// update_id order, under the chat's lock, marked processed in the same transaction (so each is
// handled exactly once). One update that fails is marked with its error and skipped (a
// savepoint undoes its half-done writes) instead of blocking the chat forever.
const BATCH = 20;

export async function processTelegramUpdates({ botId, chatId }: { botId: string; chatId: number }): Promise<void> {
  const bot = await db.bot.findUnique({ where: { id: botId }, select: { id: true, orgId: true, status: true } });
  if (!bot) return;
  const scope: Scope = { orgId: bot.orgId, botId, sandbox: bot.status === "SANDBOX", loadFlows: memoFlowLoader() }; // the bot's flows read once per call
  for (let more = true; more;) {
    // Optimistic first: the batch without a savepoint per update (two statements less each). When
    // one fails (or the transaction does), the whole batch is rolled back and runs again carefully,
    // where a failing update is marked with its error and skipped.
    more = await processBatch(scope, chatId, false).catch(() => processBatch(scope, chatId, true));
  }
}

async function processBatch(scope: Scope, chatId: number, careful: boolean): Promise<boolean> {
  const { botId } = scope;
  return withChatLock(botId, chatId, async (tx) => {
    const rows = await tx.telegramUpdate.findMany({ where: { botId, chatId: BigInt(chatId), processedAt: null }, orderBy: { updateId: "asc" }, take: BATCH, select: { updateId: true, payload: true } });
    const callbackAnswers: CallbackAnswer[] = [];
    const done: bigint[] = [];
    for (const row of rows) {
      const payload = row.payload as TelegramUpdatePayload;
      if (!careful) {
        callbackAnswers.push(...(await handleUpdate(tx, scope, payload)));
        done.push(row.updateId);
        continue;
      }
      await tx.$executeRawUnsafe("SAVEPOINT telegram_update");
      try {
        callbackAnswers.push(...(await handleUpdate(tx, scope, payload)));
        await tx.$executeRawUnsafe("RELEASE SAVEPOINT telegram_update");
        done.push(row.updateId);
      } catch (err) {
        await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT telegram_update");
        const error = err instanceof Error ? err.message.slice(0, 1000) : String(err);
        console.error(`[bots] update ${row.updateId} of bot ${botId} failed`, err);
        const callback = classifyUpdate(payload);
        if (callback?.kind === "callback") callbackAnswers.push({ callbackQueryId: callback.callbackQueryId });
        await tx.telegramUpdate.update({ where: { botId_updateId: { botId, updateId: row.updateId } }, data: { processedAt: new Date(), error } });
      }
    }
    if (done.length) await tx.telegramUpdate.updateMany({ where: { botId, updateId: { in: done } }, data: { processedAt: new Date() } });
    return { result: rows.length === BATCH, callbackAnswers };
  });
}

type Scope = { orgId: string; botId: string; /** simulated users: no Customer rows */ sandbox: boolean; loadFlows: FlowLoader };

async function handleUpdate(tx: Prisma.TransactionClient, { orgId, botId, sandbox, loadFlows }: Scope, payload: TelegramUpdatePayload): Promise<CallbackAnswer[]> {
  const update = classifyUpdate(payload);
  if (!update) return [];
  const now = new Date();
  const base = { orgId, botId, chatId: update.chatId, from: update.from, now, linkCustomer: !sandbox };
  if (update.kind === "membership") {
    await upsertBotSubscriber(tx, { ...base, changes: update.blocked ? { status: "BLOCKED", blockedAt: now } : { status: "ACTIVE", blockedAt: null } });
    return [];
  }
  const { text, event, payloadIn } = await describeIncoming(tx, botId, update, payload);
  // One write for the profile, the inbox preview and the unread count.
  const subscriber = await upsertBotSubscriber(tx, { ...base, changes: { lastMessage: { at: now, text } } });
  await tx.botMessage.create({ data: { orgId, botId, subscriberId: subscriber.id, direction: "IN", status: "RECEIVED", text, payload: payloadIn, telegramMessageId: update.kind === "message" ? update.messageId : null, createdAt: now } });
  // Writing to the bot again means they no longer block it.
  if (subscriber.status === "BLOCKED") await tx.botSubscriber.update({ where: { id: subscriber.id }, data: { status: "ACTIVE", blockedAt: null } });
  const fallback: CallbackAnswer[] = update.kind === "callback" ? [{ callbackQueryId: update.callbackQueryId }] : [];
  // A conversation handed to a human: the bot stays quiet until the inbox hands it back.
  if (!event || subscriber.handedOff) return fallback;
  const { callbackAnswers } = await runSubscriberFlow(tx, { subscriber: { ...subscriber, status: "ACTIVE" }, event, now, loadFlows });
  return callbackAnswers.length ? callbackAnswers : fallback;
}

/** The incoming message's text for the inbox and its engine event; a button press shows the button's label. */
async function describeIncoming(tx: Prisma.TransactionClient, botId: string, update: Exclude<HandledUpdate, { kind: "membership" }>, payload: TelegramUpdatePayload) {
  if (update.kind === "message") return { text: update.text || "[unsupported message]", event: update.event, payloadIn: (payload.message ?? {}) as Prisma.InputJsonValue };
  const source = update.messageId === null ? null : await tx.botMessage.findFirst({ where: { botId, subscriber: { botId, chatId: BigInt(update.chatId) }, direction: "OUT", telegramMessageId: update.messageId }, select: { payload: true } });
  const out = (source?.payload ?? {}) as OutgoingPayload;
  const data = update.data.startsWith("h:") ? (out.callbacks?.[update.data] ?? update.data) : update.data;
  const label = out.buttons?.flat().find((b) => "callback_data" in b && b.callback_data === update.data)?.text;
  const event: FlowEvent = { type: "callback", callbackQueryId: update.callbackQueryId, data };
  return { text: label ? `[${label}]` : "[button]", event, payloadIn: { callbackData: update.data } };
}
