import type { Prisma } from "@/lib/db/client";
import { sendJobInTx } from "@/lib/jobs/boss";
import { flowEventJob, httpRequestJob } from "@/lib/bots/jobs";
import type { Effect } from "../flow-engine/types";
import { type OutgoingMessage, queueBotMessages } from "./queue-bot-messages";
import { withSubscriberRef } from "./sign-subscriber-ref";
import { appUrl } from "@/lib/shared/app-url";

// The engine's effects for one subscriber, inside the chat's transaction: messages queued,
// delays and HTTP calls as durable jobs, hand-off flagged for the inbox, event and booking links
// signed with the subscriber's customer reference. Callback answers are returned for after commit.
type Target = { orgId: string; botId: string; chatId: number; subscriberId: string; customerId: string | null; /** the conversation's flow, for the editor's list of run errors */ flowId?: string | null };

async function eventsMessage(tx: Prisma.TransactionClient, t: Target, effect: Extract<Effect, { type: "showEvents" }>, now: Date): Promise<OutgoingMessage> {
  const events = await tx.event.findMany({ where: { orgId: t.orgId, status: "PUBLISHED", endsAt: { gt: now } }, orderBy: { startsAt: "asc" }, take: effect.limit, select: { slug: true, title: true } });
  if (events.length === 0) return { text: "There are no upcoming events right now. Check back soon!" };
  const ref = { subscriberId: t.subscriberId, customerId: t.customerId };
  return { text: effect.text || "Upcoming events:", buttons: events.map((e) => [{ text: e.title.slice(0, 64), url: withSubscriberRef(appUrl(`/e/${e.slug}`), ref) }]) };
}

async function bookingMessage(tx: Prisma.TransactionClient, t: Target, effect: Extract<Effect, { type: "sendBookingLink" }>): Promise<OutgoingMessage> {
  const org = await tx.organization.findUniqueOrThrow({ where: { id: t.orgId }, select: { slug: true } });
  const path = effect.serviceSlug ? `/book/${org.slug}/${encodeURIComponent(effect.serviceSlug)}` : `/book/${org.slug}`;
  return { text: effect.text || "Book a time that suits you:", buttons: [[{ text: "Book now", url: withSubscriberRef(appUrl(path), { subscriberId: t.subscriberId, customerId: t.customerId }) }]] };
}

export async function carryOutEffects(tx: Prisma.TransactionClient, { target, effects, now }: { target: Target; effects: Effect[]; now: Date }) {
  const messages: OutgoingMessage[] = [];
  const callbackAnswers: { callbackQueryId: string; text?: string }[] = [];
  for (const effect of effects) {
    switch (effect.type) {
      case "sendMessage":
        messages.push({ text: effect.text, imageUrl: effect.imageUrl, buttons: effect.buttons });
        break;
      case "answerCallback":
        callbackAnswers.push({ callbackQueryId: effect.callbackQueryId, text: effect.text });
        break;
      case "scheduleDelay":
        await sendJobInTx(tx, flowEventJob, { botId: target.botId, chatId: target.chatId, event: { type: "delayElapsed", token: effect.token } }, { startAfter: new Date(effect.until) });
        break;
      case "httpRequest":
        await sendJobInTx(tx, httpRequestJob, { botId: target.botId, chatId: target.chatId, request: effect }, { retryLimit: 0 });
        break;
      case "handoff":
        await tx.botSubscriber.update({ where: { id: target.subscriberId }, data: { handedOff: true, handedOffAt: now } });
        await tx.auditLog.create({ data: { orgId: target.orgId, action: "bot.handoff", targetType: "BotSubscriber", targetId: target.subscriberId, data: { note: effect.note } } });
        break;
      case "showEvents":
        messages.push(await eventsMessage(tx, target, effect, now));
        break;
      case "sendBookingLink":
        messages.push(await bookingMessage(tx, target, effect));
        break;
      case "log":
        if (effect.level === "warn")
          await tx.auditLog.create({
            data: { orgId: target.orgId, action: `bot.flow.${effect.code}`, targetType: "BotSubscriber", targetId: target.subscriberId, data: { message: effect.message, nodeId: effect.nodeId ?? null, flowId: target.flowId ?? null } },
          });
        break;
      default: // setVariables / setTags / removeTags: applied onto the subscriber by the caller
        break;
    }
  }
  await queueBotMessages(tx, { orgId: target.orgId, botId: target.botId, subscriberId: target.subscriberId, messages, now });
  return { callbackAnswers };
}
