"use server";
import { z } from "zod";
import { handBackToBot } from "@/lib/bots";
import { markConversationRead, replyTextField, replyToSubscriber } from "@/lib/bots";
import { orgAction } from "@/lib/safe-action";

// Inbox actions: reply as a human, mark read, hand the chat back to the bot. The inbox refreshes
// itself by polling, so nothing is revalidated here.
const ids = { botId: z.string().min(1).max(64), subscriberId: z.string().min(1, "Choose a conversation").max(64) };

export const replyAction = orgAction({ schema: z.object({ ...ids, text: replyTextField }) }, async ({ botId, subscriberId, text }, ctx) => {
  await replyToSubscriber({ orgId: ctx.orgId, botId, subscriberId, userId: ctx.userId, text });
  return { ok: true as const };
});

export const markReadAction = orgAction({ schema: z.object(ids) }, async ({ botId, subscriberId }, ctx) => {
  await markConversationRead({ orgId: ctx.orgId, botId, subscriberId });
  return { ok: true as const };
});

export const handBackAction = orgAction({ schema: z.object(ids) }, async ({ botId, subscriberId }, ctx) => {
  await handBackToBot({ orgId: ctx.orgId, botId, subscriberId });
  return { ok: true as const, message: "The bot takes this conversation again." };
});
