import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { queueBroadcastSender } from "./sweep-broadcasts";

// Pause, resume, cancel (a scheduled or running one), or send a draft / scheduled one now. Each is one conditional UPDATE, so
// a click that races the sender (or another click) changes nothing it should not; the sender
// sees the new status before its next message.
export type BroadcastCommand = "pause" | "resume" | "cancel" | "sendNow";

const transitions: Record<BroadcastCommand, { from: ("DRAFT" | "SCHEDULED" | "SENDING" | "PAUSED")[]; to: "PAUSED" | "SENDING" | "CANCELED" }> = {
  pause: { from: ["SENDING"], to: "PAUSED" },
  resume: { from: ["PAUSED"], to: "SENDING" },
  // A draft was never going out: it is deleted, not canceled.
  cancel: { from: ["SCHEDULED", "SENDING", "PAUSED"], to: "CANCELED" },
  sendNow: { from: ["DRAFT", "SCHEDULED"], to: "SENDING" },
};

export async function changeBroadcastStatus({ orgId, botId, broadcastId, command }: { orgId: string; botId: string; broadcastId: string; command: BroadcastCommand }) {
  const broadcast = await orgDb(orgId).broadcast.findFirst({ where: { id: broadcastId, botId }, select: { id: true, botId: true, status: true } });
  if (!broadcast) throw new AppError("NOT_FOUND", "Broadcast not found.");
  const { from, to } = transitions[command];
  const changed = await orgDb(orgId).broadcast.updateMany({
    where: { id: broadcastId, status: { in: from } },
    data: { status: to, ...(to === "CANCELED" ? { finishedAt: new Date() } : {}), ...(command === "sendNow" ? { scheduledAt: null } : {}) },
  });
  if (changed.count === 0) {
    if (command === "cancel" && broadcast.status === "DRAFT") throw new AppError("CONFLICT", "A draft is not going out, so there is nothing to cancel: delete it instead.");
    throw new AppError("CONFLICT", `This broadcast is ${broadcast.status.toLowerCase()} now; refresh the page.`);
  }
  if (to === "SENDING") await queueBroadcastSender({ botId: broadcast.botId });
  return { status: to };
}
