import { type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import type { BroadcastStatus } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { findOrgBot } from "@/lib/bots/admin/find-org-bot";
import { localToUtc } from "@/lib/shared/local-date-time";
import { countBroadcastAudience } from "./broadcast-audience";
import { refuseNotDraft } from "./delete-draft-broadcast";
import type { BroadcastFields } from "./broadcast-fields";
import { queueBroadcastSender } from "./sweep-broadcasts";

// A new broadcast, or a draft edited (broadcastId: one conditional UPDATE, so a draft sent
// meanwhile is refused): saved as a draft, scheduled (the local date-time read in the org's time
// zone, in the future), or started now (the sender job materialises its recipients and sends).
export const SANDBOX_BROADCASTS = "Broadcasts need a real bot: a sandbox bot sends nothing to Telegram. Connect a real bot first.";

type Options = { orgId: string; botId: string; userId: string; timezone: string; fields: BroadcastFields; broadcastId?: string; now?: Date };

export async function saveBroadcast({ orgId, botId, userId, timezone, fields, broadcastId, now = new Date() }: Options) {
  const bot = await findOrgBot({ orgId, botId });
  if (bot.status === "SANDBOX") throw new AppError("CONFLICT", SANDBOX_BROADCASTS);
  const recipients = await countBroadcastAudience({ orgId, botId, audience: fields.audience }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") throw new AppError("BAD_INPUT", undefined, { segmentId: "Choose one of your segments" });
    throw err;
  });
  if (fields.when !== "draft" && recipients === 0) throw new AppError("BAD_INPUT", "Nobody matches this audience yet.", { audience: "No active subscriber matches this audience" });
  const scheduledAt = fields.when === "schedule" ? localToUtc(fields.scheduledAt, timezone) : null;
  if (fields.when === "schedule" && !scheduledAt) throw new AppError("BAD_INPUT", undefined, { scheduledAt: "Pick a real date and time" });
  if (scheduledAt && scheduledAt.getTime() <= now.getTime() + 60_000) throw new AppError("BAD_INPUT", undefined, { scheduledAt: "Pick a time at least a minute from now" });
  const status: BroadcastStatus = fields.when === "now" ? "SENDING" : fields.when === "schedule" ? "SCHEDULED" : "DRAFT";
  const data = {
    status,
    scheduledAt,
    name: fields.name || fields.text.replace(/<[^>]*>/g, "").slice(0, 60),
    text: fields.text,
    imageUrl: fields.imageUrl || null,
    buttons: fields.buttons as Prisma.InputJsonValue,
    audience: fields.audience as Prisma.InputJsonValue,
  };
  let id = broadcastId;
  if (id) {
    const { count } = await orgDb(orgId).broadcast.updateMany({ where: { id, botId, status: "DRAFT" }, data });
    if (count === 0) await refuseNotDraft({ orgId, botId, broadcastId: id, verb: "edited" });
  } else {
    id = (await orgDb(orgId).broadcast.create({ data: { orgId, botId, createdById: userId, ...data }, select: { id: true } })).id;
  }
  if (status === "SENDING") await queueBroadcastSender({ botId });
  return { id, status, recipients };
}
