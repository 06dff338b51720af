import { minorToDecimal } from "@/lib/shared/parse-money";
import { pageOf } from "@/lib/shared/pagination";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { formatReminderOffsets } from "./parse-reminder-offsets";

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
  const total = await orgDb(orgId).service.count();
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const rows = await orgDb(orgId).service.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }], skip, take, select: listSelect });
  return { items: rows.map(({ _count, ...r }) => ({ ...r, staffCount: _count.staff })), total, page: current, pageCount };
}

/** One service of `orgId` with its staff ids, or NOT_FOUND. */
export async function getService({ orgId, serviceId }: { orgId: string; serviceId: string }) {
  const service = await orgDb(orgId).service.findFirst({
    where: { id: serviceId },
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

/** A service as the form shows it (strings), or the defaults of a new one. */
export function serviceToForm(s: ServiceDetail | null) {
  if (!s) {
    return {
      name: "",
      slug: "",
      description: "",
      durationMinutes: "60",
      price: "0",
      bufferBeforeMinutes: "0",
      bufferAfterMinutes: "0",
      minimumNoticeMinutes: "120",
      bookingWindowDays: "60",
      maxBookingsPerDay: "",
      slotIntervalMinutes: "",
      cancellationCutoffHours: "24",
      reminderOffsetsMinutes: "24 h, 1 h",
      requiresPayment: false,
      requiresConfirmation: false,
      staffIds: [] as string[],
    };
  }
  const n = (v: number | null) => (v === null ? "" : String(v));
  return {
    name: s.name,
    slug: s.slug,
    description: s.description ?? "",
    durationMinutes: n(s.durationMinutes),
    price: minorToDecimal(s.price, s.currency),
    bufferBeforeMinutes: n(s.bufferBeforeMinutes),
    bufferAfterMinutes: n(s.bufferAfterMinutes),
    minimumNoticeMinutes: n(s.minimumNoticeMinutes),
    bookingWindowDays: n(s.bookingWindowDays),
    maxBookingsPerDay: n(s.maxBookingsPerDay),
    slotIntervalMinutes: n(s.slotIntervalMinutes),
    cancellationCutoffHours: n(s.cancellationCutoffHours),
    reminderOffsetsMinutes: formatReminderOffsets(s.reminderOffsetsMinutes),
    requiresPayment: s.requiresPayment,
    requiresConfirmation: s.requiresConfirmation,
    staffIds: s.staffIds,
  };
}
