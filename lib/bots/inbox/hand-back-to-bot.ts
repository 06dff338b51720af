import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { sendJob } from "@/lib/jobs/boss";
import { flowEventJob } from "@/lib/bots/jobs";

// "Hand back to bot": the flag is cleared at once (the inbox shows it) and the flow engine gets a
// `handedBack` event through bot-core's `bots.flow-event` job, so a flow waiting at its hand-off
// node carries on under the chat's lock.
export async function handBackToBot({ orgId, botId, subscriberId }: { orgId: string; botId: string; subscriberId: string }) {
  const subscriber = await orgDb(orgId).botSubscriber.findFirst({ where: { id: subscriberId, botId }, select: { id: true, chatId: true, handedOff: true } });
  if (!subscriber) throw new AppError("NOT_FOUND", "Conversation not found.");
  if (!subscriber.handedOff) return { changed: false };
  await orgDb(orgId).botSubscriber.update({ where: { id: subscriber.id }, data: { handedOff: false, handedOffAt: null }, select: { id: true } });
  await sendJob(flowEventJob, { botId, chatId: Number(subscriber.chatId), event: { type: "handedBack" } });
  return { changed: true };
}
