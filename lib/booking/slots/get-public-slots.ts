import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { AppError, notFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/safe-action";
import { timeZoneField } from "../admin/booking-fields";
import { computeSlots } from "./compute-slots";
import { groupSlotsByDay } from "./group-slots-by-day";
import { resolvePublicService } from "../public/load-public-service";
import { loadServiceAvailability } from "./load-slots-for-page";

// The slots a client sees on the booking page: local dates [from, to) in their time zone, for
// one staff member or anyone, grouped by day with labels in that zone. The dashboard's manual
// booking asks the same question by service id, with short notice allowed for staff.
const MAX_DAYS = 62;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD");
export const slotsQuerySchema = z.object({ from: date, to: date, staff: z.string().min(1).max(64).default("any"), tz: timeZoneField });
export const staffSlotsQuerySchema = slotsQuerySchema.extend({ service: z.string().min(1, "Pick a service").max(64) });

export async function getPublicSlots(options: { orgSlug: string; serviceSlug: string; query: unknown; now?: Date }) {
  const query = parseOrThrow(slotsQuerySchema, options.query);
  const found = await resolvePublicService(options.orgSlug, options.serviceSlug);
  if (!found) throw notFound("This service is not available.");
  return getServiceSlots({ orgId: found.orgId, serviceId: found.id, query, now: options.now });
}

/** Dashboard: any active service of the org, staff may book at short notice. */
export async function getStaffSlots(options: { orgId: string; query: z.infer<typeof staffSlotsQuerySchema>; now?: Date }) {
  return getServiceSlots({ orgId: options.orgId, serviceId: options.query.service, query: options.query, now: options.now, ignoreMinimumNotice: true });
}

async function getServiceSlots(options: { orgId: string; serviceId: string; query: z.infer<typeof slotsQuerySchema>; now?: Date; ignoreMinimumNotice?: boolean }) {
  const { query } = options;
  let from: number, to: number;
  try {
    from = Temporal.PlainDate.from(query.from).toZonedDateTime(query.tz).epochMilliseconds;
    to = Temporal.PlainDate.from(query.to).toZonedDateTime(query.tz).epochMilliseconds;
  } catch {
    throw new AppError("BAD_INPUT", "The dates are not valid.", { from: "Invalid date" });
  }
  if (to <= from || to - from > MAX_DAYS * 86_400_000) throw new AppError("BAD_INPUT", `Ask for 1 to ${MAX_DAYS} days of slots.`, { to: "Invalid range" });
  const range = { from: new Date(from), to: new Date(to) };
  const availability = await loadServiceAvailability(options.orgId, options.serviceId, range);
  const staff = query.staff === "any" ? availability.staff : availability.staff.filter((s) => s.id === query.staff);
  if (query.staff !== "any" && staff.length === 0) throw notFound("This staff member does not offer this service.");
  const service = options.ignoreMinimumNotice ? { ...availability.service, minimumNoticeMinutes: 0 } : availability.service;
  const slots = computeSlots({ ...availability, service, staff, range, now: options.now ?? new Date() });
  return { timeZone: query.tz, days: groupSlotsByDay({ slots, timeZone: query.tz }) };
}
