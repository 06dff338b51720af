import { Temporal } from "temporal-polyfill";
import { db, type Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOrgBot } from "@/lib/bots/find-org-bot";
import { countBroadcastAudience } from "./broadcast-audience";
import type { BroadcastFields } from "./broadcast-fields";
import { queueBroadcastSender } from "./sweep-broadcasts";

// A new broadcast: a draft, scheduled (the local date-time read in the org's time zone, in the
// future), or started now (the sender job materialises its recipients and sends).
export function localToInstant(local: string, timeZone: string): Date {
  return new Date(Temporal.PlainDateTime.from(local).toZonedDateTime(timeZone, { disambiguation: "compatible" }).epochMilliseconds);
}

export async function saveBroadcast({ orgId, botId, userId, timezone, fields, now = new Date() }: { orgId: string; botId: string; userId: string; timezone: string; fields: BroadcastFields; now?: Date }) {
  await findOrgBot({ orgId, botId });
  const recipients = await countBroadcastAudience({ orgId, botId, audience: fields.audience }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") throw new AppError("BAD_INPUT", undefined, { segmentId: "Choose one of your segments" });
    throw err;
  });
  if (fields.when !== "draft" && recipients === 0) throw new AppError("BAD_INPUT", "Nobody matches this audience yet.", { audience: "No active subscriber matches this audience" });
  const scheduledAt = fields.when === "schedule" ? localToInstant(fields.scheduledAt, timezone) : null;
  if (scheduledAt && scheduledAt.getTime() <= now.getTime() + 60_000) throw new AppError("BAD_INPUT", undefined, { scheduledAt: "Pick a time at least a minute from now" });
  const status = fields.when === "now" ? "SENDING" : fields.when === "schedule" ? "SCHEDULED" : "DRAFT";
  const broadcast = await db.broadcast.create({
    data: {
      orgId, botId, createdById: userId, status, scheduledAt,
      name: fields.name || fields.text.replace(/<[^>]*>/g, "").slice(0, 60),
      text: fields.text, imageUrl: fields.imageUrl || null,
      buttons: fields.buttons as Prisma.InputJsonValue, audience: fields.audience as Prisma.InputJsonValue,
    },
    select: { id: true, status: true },
  });
  if (status === "SENDING") await queueBroadcastSender({ botId });
  return { ...broadcast, recipients };
}
