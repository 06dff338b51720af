// Everything computeSlots needs for one service, loaded in ONE SQL round trip: the active
// service, its active staff with weekly rules, date overrides near the range, and their active
// bookings (buffers included) as the "bookings" busy source. Other busy sources (e.g. Google
// Calendar) plug in as BusySourceLoaders and are merged per staff member.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { BusyInterval, BusySource, ComputeSlotsOptions, DateOverride, SlotService, StaffAvailability, TimeRange, Weekday } from "../types";

const DAY_MS = 86_400_000;
// Busy time, overrides and daily-limit counts are read this far around the range: enough for
// buffers, midnight-crossing ranges and staff-local dates in any zone (UTC-12 .. UTC+14).
const PADDING_MS = 2 * DAY_MS;

export type AvailabilityRange = { from: Date; to: Date };

/** Another source of busy time: intervals per staff id for the range. */
export type BusySourceLoader = (args: { orgId: string; staffIds: string[]; range: AvailabilityRange }) => Promise<Map<string, BusySource>>;

export type AvailabilityService = SlotService & {
  id: string;
  name: string;
  slug: string;
  price: number;
  currency: string;
  requiresPayment: boolean;
  requiresConfirmation: boolean;
  cancellationCutoffHours: number;
};

export type AvailabilityStaff = StaffAvailability & { name: string };

export type ServiceAvailability = Omit<ComputeSlotsOptions, "now" | "service" | "staff"> & { service: AvailabilityService; staff: AvailabilityStaff[] };

type Row = {
  service: AvailabilityService | null;
  staff: { id: string; name: string; timeZone: string; rules: [number, string, string][]; overrides: [string, TimeRange[]][]; busy: [number, number, number, boolean][] }[];
};

const utc = (d: Date) => d.toISOString();
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The active service `serviceId` of `orgId` and its active staff, ready for computeSlots.
 * NOT_FOUND for an unknown, archived or foreign service. Busy = exactly what the exclusion
 * constraint guards (every status but CANCELED, DECLINED, EXPIRED), so an offered slot can be
 * inserted: a payment hold stays busy until the expiry job marks it EXPIRED.
 */
export async function loadServiceAvailability(orgId: string, serviceId: string, range: AvailabilityRange, options: { busySources?: readonly BusySourceLoader[] } = {}): Promise<ServiceAvailability> {
  if (typeof serviceId !== "string" || serviceId.length === 0 || serviceId.length > 64) throw new AppError("NOT_FOUND", "Service not found.");
  const from = new Date(range.from.getTime() - PADDING_MS);
  const to = new Date(range.to.getTime() + PADDING_MS);
  const [row] = await db.$queryRaw<Row[]>`
    WITH svc AS (
      SELECT id, name, slug, "durationMinutes", price, currency, "bufferBeforeMinutes", "bufferAfterMinutes", "minimumNoticeMinutes",
             "bookingWindowDays", "maxBookingsPerDay", "slotIntervalMinutes", "requiresPayment", "requiresConfirmation", "cancellationCutoffHours"
      FROM "Service" WHERE id = ${serviceId} AND "orgId" = ${orgId} AND active
    ), st AS (
      SELECT sm.id, sm.name, sm."timeZone" FROM svc
      JOIN "ServiceStaff" ss ON ss."serviceId" = svc.id AND ss."orgId" = ${orgId}
      JOIN "StaffMember" sm ON sm.id = ss."staffMemberId" AND sm."orgId" = ${orgId} AND sm.active
    ), bk AS (
      SELECT b."staffMemberId" AS sid, b."blockedFrom", b."blockedUntil", b."startsAt", b."serviceId" = ${serviceId} AS same
      FROM "Booking" b
      WHERE b."orgId" = ${orgId} AND b."staffMemberId" IN (SELECT id FROM st)
        AND b.status NOT IN ('CANCELED', 'DECLINED', 'EXPIRED')
        AND b."blockedFrom" < (${utc(to)}::timestamptz AT TIME ZONE 'UTC') AND b."blockedUntil" > (${utc(from)}::timestamptz AT TIME ZONE 'UTC')
    )
    SELECT (SELECT row_to_json(svc) FROM svc) AS service,
      COALESCE((SELECT json_agg(json_build_object(
        'id', st.id, 'name', st.name, 'timeZone', st."timeZone",
        'rules', COALESCE((SELECT json_agg(json_build_array(r.weekday, r."startTime", r."endTime")) FROM "AvailabilityRule" r WHERE r."staffMemberId" = st.id), '[]'),
        'overrides', COALESCE((SELECT json_agg(json_build_array(o.date, o.ranges)) FROM "DateOverride" o
                               WHERE o."staffMemberId" = st.id AND o.date BETWEEN ${isoDate(from.getTime())} AND ${isoDate(to.getTime())}), '[]'),
        'busy', COALESCE((SELECT json_agg(json_build_array(
                   floor(extract(epoch FROM bk."blockedFrom") * 1000), floor(extract(epoch FROM bk."blockedUntil") * 1000),
                   floor(extract(epoch FROM bk."startsAt") * 1000), bk.same)) FROM bk WHERE bk.sid = st.id), '[]')
      ) ORDER BY st.name, st.id) FROM st), '[]') AS staff`;
  if (!row?.service) throw new AppError("NOT_FOUND", "Service not found.");

  const countsPerDay = row.service.maxBookingsPerDay !== null;
  const staff: AvailabilityStaff[] = row.staff.map((s) => {
    const intervals: BusyInterval[] = s.busy.map(([start, end]) => ({ start: new Date(Number(start)), end: new Date(Number(end)) }));
    return {
      id: s.id,
      name: s.name,
      timeZone: s.timeZone,
      rules: groupRules(s.rules),
      overrides: s.overrides.map(([date, ranges]): DateOverride => ({ date, ranges })),
      busy: [{ source: "bookings", intervals }],
      ...(countsPerDay ? { bookingStarts: s.busy.filter((b) => b[3]).map((b) => new Date(Number(b[2]))) } : {}),
    };
  });
  await addBusySources({ orgId, staff, range: { from, to }, loaders: options.busySources ?? [] });
  return { service: row.service, staff, range: { from: range.from, to: range.to } };
}

function groupRules(rows: [number, string, string][]): StaffAvailability["rules"] {
  const byDay = new Map<Weekday, TimeRange[]>();
  for (const [weekday, start, end] of rows) {
    const list = byDay.get(weekday as Weekday) ?? [];
    list.push({ start, end });
    byDay.set(weekday as Weekday, list);
  }
  return [...byDay].sort((a, b) => a[0] - b[0]).map(([weekday, ranges]) => ({ weekday, ranges }));
}

async function addBusySources({ orgId, staff, range, loaders }: { orgId: string; staff: AvailabilityStaff[]; range: AvailabilityRange; loaders: readonly BusySourceLoader[] }) {
  if (loaders.length === 0 || staff.length === 0) return;
  const staffIds = staff.map((s) => s.id);
  const results = await Promise.all(loaders.map((load) => load({ orgId, staffIds, range })));
  for (const s of staff) {
    const extra = results.map((byStaff) => byStaff.get(s.id)).filter((b): b is BusySource => Boolean(b));
    s.busy = [...(s.busy ?? []), ...extra];
  }
}
