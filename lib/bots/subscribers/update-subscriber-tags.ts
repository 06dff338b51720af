import { z } from "zod";
import { enrollOnTag } from "@/lib/bots/drips/enroll-on-tag";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { tagField } from "./bulk-tag-subscribers";

// The tags editor of one subscriber: "vip, early bird" -> ["vip", "early-bird"]-style clean
// list. New tags enroll the subscriber in drip sequences they trigger.
export const tagsTextSchema = z
  .string()
  .max(1000, "Too many tags")
  .transform((s) => [
    ...new Set(
      s
        .split(",")
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(tagField).max(50, "At most 50 tags"));

export async function updateSubscriberTags({ orgId, botId, subscriberId, tags }: { orgId: string; botId: string; subscriberId: string; tags: string[] }) {
  const current = await orgDb(orgId).botSubscriber.findFirst({ where: { id: subscriberId, botId }, select: { tags: true } });
  if (!current) throw new AppError("NOT_FOUND", "Subscriber not found.");
  await orgDb(orgId).botSubscriber.update({ where: { id: subscriberId }, data: { tags }, select: { id: true } });
  const added = tags.filter((t) => !current.tags.includes(t));
  await enrollOnTag({ subscriberId, tags: added });
  return { added };
}
