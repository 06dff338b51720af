import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// Reading an org's services: a page for the list, one service with its staff for the form.
export const SERVICES_PAGE_SIZE = 20;

const listSelect = {
  id: true,
  name: true,
  slug: true,
  durationMinutes: true,
  price: true,
  currency: true,
  requiresPayment: true,
  requiresConfirmation: true,
  active: true,
  _count: { select: { staff: true } },
} as const;

/** Active services first, then by name. */
export async function listServices({ orgId, page = 1, pageSize = SERVICES_PAGE_SIZE }: { orgId: string; page?: number; pageSize?: number }) {
  const total = await db.service.count({ where: { orgId } });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await db.service.findMany({ where: { orgId }, orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }], skip: (current - 1) * pageSize, take: pageSize, select: listSelect });
  return { items: rows.map(({ _count, ...r }) => ({ ...r, staffCount: _count.staff })), total, page: current, pageCount };
}

/** One service of `orgId` with its staff ids, or NOT_FOUND. */
export async function getService({ orgId, serviceId }: { orgId: string; serviceId: string }) {
  const service = await db.service.findFirst({
    where: { id: serviceId, orgId },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      durationMinutes: true,
      price: true,
      currency: true,
      bufferBeforeMinutes: true,
      bufferAfterMinutes: true,
      minimumNoticeMinutes: true,
      bookingWindowDays: true,
      maxBookingsPerDay: true,
      slotIntervalMinutes: true,
      requiresPayment: true,
      requiresConfirmation: true,
      cancellationCutoffHours: true,
      reminderOffsetsMinutes: true,
      active: true,
      staff: { select: { staffMemberId: true } },
    },
  });
  if (!service) throw new AppError("NOT_FOUND", "Service not found.");
  const { staff, ...rest } = service;
  return { ...rest, staffIds: staff.map((s) => s.staffMemberId) };
}

export type ServiceDetail = Awaited<ReturnType<typeof getService>>;
