import { z } from "zod";
import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { enrollManyOnTag } from "@/lib/bots/drips/enroll-on-tag";
import { subscriberFiltersSchema, subscriberWhere } from "./subscriber-filters";

// Add or remove one tag on the selected subscribers, or on all that match the list's filters.
// Ids are only ever used together with the org and bot, so a foreign id changes nothing. A tag
// added this way enrolls the subscribers in drip sequences it triggers.
export const tagField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter a tag")
  .max(32, "A tag has at most 32 characters")
  .regex(/^[\p{L}\p{N}_-]+$/u, "Letters, digits, - and _ only");

export const bulkTagSchema = subscriberFiltersSchema.extend({
  tag: tagField,
  filterTag: subscriberFiltersSchema.shape.tag,
  mode: z.enum(["add", "remove"], "Choose add or remove"),
  scope: z.enum(["selected", "matching"], "Choose which subscribers"),
  "ids[]": z.array(z.string().min(1).max(64)).max(1000).default([]),
});

export async function bulkTagSubscribers({ orgId, botId, input, now = new Date() }: { orgId: string; botId: string; input: z.infer<typeof bulkTagSchema>; now?: Date }): Promise<number> {
  const filters = { q: input.q, tag: input.filterTag, status: input.status };
  const where = input.scope === "matching" ? subscriberWhere({ orgId, botId, filters }) : { orgId, botId, id: { in: input["ids[]"] } };
  if (input.scope === "selected" && input["ids[]"].length === 0) throw new AppError("BAD_INPUT", "Select at least one subscriber.");
  const ids = (await orgDb(orgId).botSubscriber.findMany({ where, select: { id: true } })).map((s) => s.id);
  if (ids.length === 0) return 0;
  const changed =
    input.mode === "add"
      ? await db.$executeRaw`UPDATE "BotSubscriber" SET "tags" = array_append("tags", ${input.tag}), "updatedAt" = now() WHERE "id" = ANY(${ids}::text[]) AND "orgId" = ${orgId} AND NOT (${input.tag} = ANY("tags"))`
      : await db.$executeRaw`UPDATE "BotSubscriber" SET "tags" = array_remove("tags", ${input.tag}), "updatedAt" = now() WHERE "id" = ANY(${ids}::text[]) AND "orgId" = ${orgId} AND ${input.tag} = ANY("tags")`;
  if (input.mode === "add") await enrollManyOnTag({ subscriberIds: ids, tag: input.tag, now });
  return changed;
}
