"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { botTokenField } from "@/lib/bots";
import { connectBot } from "@/lib/bots";
import { forgetWebhookSecret } from "@/lib/bots";
import { createSandboxBot } from "@/lib/bots";
import { deleteSandboxBot } from "@/lib/bots";
import { simulateSandboxUpdate } from "@/lib/bots";
import { orgAction } from "@/lib/safe-action";

// Server actions of the sandbox bot: create it (OWNER/ADMIN), talk to it in the simulator (any
// member), turn it into a real bot or delete it (OWNER/ADMIN).
const botId = z.string({ error: "Bot is missing" }).min(1, "Bot is missing").max(64, "Sandbox bot not found.");
const simulatorText = z
  .string({ error: "Type a message" })
  .transform((s) => s.trim())
  .pipe(z.string().min(1, "Type a message").max(4096, "At most 4096 characters: Telegram's limit"));

export const createSandboxBotAction = orgAction({ schema: z.object({}), role: "ADMIN" }, async (_input, ctx) => {
  const bot = await createSandboxBot({ orgId: ctx.orgId, actorUserId: ctx.userId });
  revalidatePath(`/${ctx.slug}/bots`);
  redirect(`/${ctx.slug}/bots/${bot.id}`);
});

export const simulatorSendAction = orgAction({ schema: z.object({ botId, text: simulatorText }) }, async ({ botId, text }, ctx) => {
  await simulateSandboxUpdate({ orgId: ctx.orgId, botId, text });
  return { ok: true as const };
});

export const simulatorPressAction = orgAction({ schema: z.object({ botId, messageId: z.string().min(1).max(64), data: z.string().min(1).max(64) }) }, async ({ botId, messageId, data }, ctx) => {
  await simulateSandboxUpdate({ orgId: ctx.orgId, botId, messageId, data });
  return { ok: true as const };
});

export const connectSandboxBotAction = orgAction({ schema: z.object({ botId, token: botTokenField }), role: "ADMIN" }, async ({ botId, token }, ctx) => {
  const bot = await connectBot({ orgId: ctx.orgId, actorUserId: ctx.userId, token, sandboxBotId: botId });
  forgetWebhookSecret(bot.id);
  revalidatePath(`/${ctx.slug}/bots`);
  redirect(`/${ctx.slug}/bots/${bot.id}?connected=1`);
});

export const deleteSandboxBotAction = orgAction({ schema: z.object({ botId }), role: "ADMIN" }, async ({ botId }, ctx) => {
  await deleteSandboxBot({ orgId: ctx.orgId, botId, actorUserId: ctx.userId });
  revalidatePath(`/${ctx.slug}/bots`);
  redirect(`/${ctx.slug}/bots?sandboxDeleted=1`);
});
