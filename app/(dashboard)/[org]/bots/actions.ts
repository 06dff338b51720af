"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { botCommandsField, botTokenField, welcomeTextField } from "@/lib/bots";
import { connectBot } from "@/lib/bots";
import { removeBotWebhook, setBotWebhook } from "@/lib/bots";
import { forgetWebhookSecret } from "@/lib/bots";
import { disconnectBot, setBotCommands, setBotWelcomeText } from "@/lib/bots";
import { orgAction } from "@/lib/safe-action";

// Server actions of Bots (OWNER/ADMIN). The token goes from the form to Telegram and into the
// database encrypted; no action returns it, and safe-action never echoes fields named *token*.
const botId = z.string({ error: "Bot is missing" }).min(1, "Bot is missing").max(64, "Bot not found");

export const connectBotAction = orgAction({ schema: z.object({ token: botTokenField }), role: "ADMIN" }, async ({ token }, ctx) => {
  const bot = await connectBot({ orgId: ctx.orgId, actorUserId: ctx.userId, token });
  forgetWebhookSecret(bot.id);
  revalidatePath(`/${ctx.slug}/bots`);
  redirect(`/${ctx.slug}/bots/${bot.id}?connected=1`);
});

export const setWebhookAction = orgAction({ schema: z.object({ botId }), role: "ADMIN" }, async ({ botId }, ctx) => {
  await setBotWebhook({ orgId: ctx.orgId, botId });
  revalidatePath(`/${ctx.slug}/bots/${botId}`);
  return { ok: true as const, message: "Webhook set: Telegram sends this bot's messages here." };
});

export const removeWebhookAction = orgAction({ schema: z.object({ botId }), role: "ADMIN" }, async ({ botId }, ctx) => {
  await removeBotWebhook({ orgId: ctx.orgId, botId });
  revalidatePath(`/${ctx.slug}/bots/${botId}`);
  return { ok: true as const, message: "Webhook removed: the bot no longer answers until you set it again." };
});

export const setCommandsAction = orgAction({ schema: z.object({ botId, commands: botCommandsField }), role: "ADMIN" }, async ({ botId, commands }, ctx) => {
  await setBotCommands({ orgId: ctx.orgId, botId, commands });
  revalidatePath(`/${ctx.slug}/bots/${botId}`);
  return { ok: true as const, message: commands.length ? `Saved ${commands.length} command${commands.length === 1 ? "" : "s"}: Telegram shows them in the menu.` : "Commands cleared." };
});

export const setWelcomeTextAction = orgAction({ schema: z.object({ botId, welcomeText: welcomeTextField }), role: "ADMIN" }, async ({ botId, welcomeText }, ctx) => {
  await setBotWelcomeText({ orgId: ctx.orgId, botId, welcomeText });
  revalidatePath(`/${ctx.slug}/bots/${botId}`);
  return { ok: true as const, message: "Welcome text saved: people see it before they press Start." };
});

export const disconnectBotAction = orgAction({ schema: z.object({ botId }), role: "ADMIN" }, async ({ botId }, ctx) => {
  await disconnectBot({ orgId: ctx.orgId, botId, actorUserId: ctx.userId });
  forgetWebhookSecret(botId);
  revalidatePath(`/${ctx.slug}/bots`);
  redirect(`/${ctx.slug}/bots?disconnected=1`);
});
