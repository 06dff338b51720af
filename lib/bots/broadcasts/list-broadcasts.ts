import { db } from "@/lib/db/client";
import { pageOf } from "@/lib/shared/pagination";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

// Broadcast pages' reads: the bot's broadcasts (newest first), one broadcast, its recipients.
export const BROADCASTS_PAGE_SIZE = 20;

const summarySelect = { id: true, name: true, status: true, scheduledAt: true, startedAt: true, finishedAt: true, createdAt: true, totalCount: true, sentCount: true, failedCount: true, blockedCount: true } as const;

export async function listBroadcasts({ orgId, botId, page = 1 }: { orgId: string; botId: string; page?: number }) {
  const where = { botId };
  const total = await orgDb(orgId).broadcast.count({ where });
  const { page: current, pageCount, skip, take } = pageOf(total, page, BROADCASTS_PAGE_SIZE);
  const items = await orgDb(orgId).broadcast.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take, select: summarySelect });
  return { items, total, page: current, pageCount };
}

export async function getBroadcast({ orgId, botId, broadcastId }: { orgId: string; botId: string; broadcastId: string }) {
  if (typeof broadcastId !== "string" || !broadcastId || broadcastId.length > 64) throw new AppError("NOT_FOUND", "Broadcast not found.");
  const broadcast = await orgDb(orgId).broadcast.findFirst({ where: { id: broadcastId, botId }, select: { ...summarySelect, text: true, imageUrl: true, buttons: true, audience: true } });
  if (!broadcast) throw new AppError("NOT_FOUND", "Broadcast not found.");
  return broadcast;
}

export type DeliveryStatusFilter = "PENDING" | "SENDING" | "SENT" | "FAILED" | "BLOCKED";

export async function listDeliveries({ broadcastId, status, page = 1, pageSize = 25 }: { broadcastId: string; status?: DeliveryStatusFilter; page?: number; pageSize?: number }) {
  const where = { broadcastId, ...(status ? { status } : {}) };
  const total = await db.broadcastDelivery.count({ where });
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const items = await db.broadcastDelivery.findMany({
    where,
    orderBy: [{ sentAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    skip,
    take,
    select: { id: true, status: true, error: true, sentAt: true, subscriber: { select: { id: true, firstName: true, lastName: true, username: true } } },
  });
  return { items, total, page: current, pageCount };
}
