import { z } from "zod";
import { loadSegmentAudience } from "@/lib/analytics";
import { type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";

// Who a broadcast goes to: the bot's ACTIVE subscribers (blocked and unsubscribed never), with
// any of `tags`, every custom field equal to its value, and, with a segment, whose customer is
// in that analytics segment. The org and bot ids come from the caller's tenancy context.
const tagField = z.string().trim().toLowerCase().min(1).max(32, "A tag has at most 32 characters");
export const customFieldRuleSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1, "Name the field")
    .max(64, "At most 64 characters")
    .regex(/^[A-Za-z_][\w]*$/, "Letters, digits and _ only"),
  value: z.string().trim().max(200, "At most 200 characters"),
});

export const audienceSchema = z.object({
  tags: z.array(tagField).max(20, "At most 20 tags").default([]),
  customFields: z.array(customFieldRuleSchema).max(10, "At most 10 fields").default([]),
  segmentId: z.string().min(1).max(64).optional(),
});

export type Audience = z.infer<typeof audienceSchema>;

/** A stored audience JSON read back; anything unreadable becomes "nobody" rather than everyone. */
export function readAudience(raw: unknown): Audience | null {
  const parsed = audienceSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : null;
}

export async function audienceSubscriberWhere({ orgId, botId, audience }: { orgId: string; botId: string; audience: Audience }): Promise<Prisma.BotSubscriberWhereInput> {
  const where: Prisma.BotSubscriberWhereInput = { orgId, botId, status: "ACTIVE" };
  const and: Prisma.BotSubscriberWhereInput[] = [];
  if (audience.tags.length) where.tags = { hasSome: audience.tags };
  for (const rule of audience.customFields) and.push({ OR: fieldValues(rule.value).map((value) => ({ variables: { path: [rule.key], equals: value } })) });
  if (audience.segmentId) {
    const { where: customerWhere } = await loadSegmentAudience({ orgId, segmentId: audience.segmentId });
    where.customer = { is: customerWhere };
  }
  if (and.length) where.AND = and;
  return where;
}

/** "42" also matches a stored number 42, "true" a stored boolean: answers keep their JSON type. */
function fieldValues(value: string): (string | number | boolean)[] {
  const values: (string | number | boolean)[] = [value];
  if (value !== "" && Number.isFinite(Number(value))) values.push(Number(value));
  if (value === "true" || value === "false") values.push(value === "true");
  return values;
}

export async function countBroadcastAudience(options: { orgId: string; botId: string; audience: Audience }): Promise<number> {
  return orgDb(options.orgId).botSubscriber.count({ where: await audienceSubscriberWhere(options) });
}

/** A saved broadcast's audience counted now (a draft's or a scheduled one's page); null when it cannot be: unreadable, or its segment was deleted. */
export async function countSavedAudience({ orgId, botId, audience: raw }: { orgId: string; botId: string; audience: unknown }): Promise<number | null> {
  const audience = readAudience(raw);
  if (!audience) return null;
  return countBroadcastAudience({ orgId, botId, audience }).catch((err: unknown) => {
    if ((err as { code?: string }).code === "NOT_FOUND") return null;
    throw err;
  });
}
