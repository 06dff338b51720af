"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { findOrgBot } from "@/lib/bots";
import { bulkTagSchema, bulkTagSubscribers } from "@/lib/bots";
import { tagsTextSchema, updateSubscriberTags } from "@/lib/bots";
import { orgAction } from "@/lib/safe-action";

// Subscriber actions: bulk tag (selected or all matching the filters) and one subscriber's tags.
const idField = z.string().min(1, "Missing id").max(64, "Not found");

export const bulkTagAction = orgAction({ schema: bulkTagSchema.extend({ botId: idField }) }, async ({ botId, ...input }, ctx) => {
  await findOrgBot({ orgId: ctx.orgId, botId });
  const changed = await bulkTagSubscribers({ orgId: ctx.orgId, botId, input });
  revalidatePath(`/${ctx.slug}/bots/${botId}/subscribers`);
  const verb = input.mode === "add" ? "added to" : "removed from";
  return { ok: true as const, message: `Tag "${input.tag}" ${verb} ${changed} subscriber${changed === 1 ? "" : "s"}.` };
});

export const updateSubscriberTagsAction = orgAction({ schema: z.object({ botId: idField, subscriberId: idField, tags: tagsTextSchema }) }, async ({ botId, subscriberId, tags }, ctx) => {
  await updateSubscriberTags({ orgId: ctx.orgId, botId, subscriberId, tags });
  revalidatePath(`/${ctx.slug}/bots/${botId}/subscribers/${subscriberId}`);
  return { ok: true as const, message: "Tags saved." };
});
