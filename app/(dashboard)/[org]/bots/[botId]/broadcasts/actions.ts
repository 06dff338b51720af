"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireVerifiedEmail } from "@/lib/auth/require-verified-email";
import { broadcastFormSchema } from "@/lib/bots";
import { changeBroadcastStatus } from "@/lib/bots";
import { deleteDraftBroadcast } from "@/lib/bots";
import { saveBroadcast } from "@/lib/bots";
import { sendTestBroadcast } from "@/lib/bots";
import { orgAction } from "@/lib/safe-action";

// Broadcast actions: compose (draft, schedule, send now), then pause / resume / cancel / send now; edit, test or delete a draft.
const idField = z.string().min(1, "Missing id").max(64, "Not found");

export const createBroadcastAction = orgAction({ schema: z.intersection(z.object({ botId: idField, broadcastId: idField.optional() }), broadcastFormSchema) }, async ({ botId, broadcastId, ...fields }, ctx) => {
  if (fields.when !== "draft") await requireVerifiedEmail({ userId: ctx.userId, doing: "send or schedule a broadcast" });
  const broadcast = await saveBroadcast({ orgId: ctx.orgId, botId, userId: ctx.userId, timezone: ctx.timezone, fields, broadcastId });
  revalidatePath(`/${ctx.slug}/bots/${botId}/broadcasts`);
  redirect(`/${ctx.slug}/bots/${botId}/broadcasts/${broadcast.id}`);
});

export const changeBroadcastStatusAction = orgAction({ schema: z.object({ botId: idField, broadcastId: idField, command: z.enum(["pause", "resume", "cancel", "sendNow"], "Unknown command") }) }, async ({ botId, broadcastId, command }, ctx) => {
  if (command === "sendNow" || command === "resume") await requireVerifiedEmail({ userId: ctx.userId, doing: "send a broadcast" });
  const { status } = await changeBroadcastStatus({ orgId: ctx.orgId, botId, broadcastId, command });
  revalidatePath(`/${ctx.slug}/bots/${botId}/broadcasts/${broadcastId}`);
  return { ok: true as const, message: `Broadcast ${status === "SENDING" ? "sending" : status.toLowerCase()}.` };
});

export const deleteDraftBroadcastAction = orgAction({ schema: z.object({ botId: idField, broadcastId: idField }) }, async ({ botId, broadcastId }, ctx) => {
  await deleteDraftBroadcast({ orgId: ctx.orgId, botId, broadcastId });
  revalidatePath(`/${ctx.slug}/bots/${botId}/broadcasts`);
  redirect(`/${ctx.slug}/bots/${botId}/broadcasts?deleted=1`);
});

export const sendTestBroadcastAction = orgAction({ schema: z.object({ botId: idField, broadcastId: idField }) }, async ({ botId, broadcastId }, ctx) => {
  const { to } = await sendTestBroadcast({ orgId: ctx.orgId, botId, broadcastId, userId: ctx.userId });
  return { ok: true as const, message: `Test sent to your Telegram chat, ${to}. It is in that chat's inbox too.` };
});
