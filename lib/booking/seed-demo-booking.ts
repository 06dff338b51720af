// Demo booking data for the demo org (Lumen Studio): 3 staff (one in Lisbon) with weekly hours
// and overrides, 4 services, ~40 bookings over the past and next 3 weeks for existing demo
// customers, inside working hours and never overlapping (the exclusion constraint holds).
// Deterministic (fixed PRNG seed); does nothing when the org already has services.
import { Temporal } from "temporal-polyfill";
import { db } from "@/lib/db/client";
import type { BookingStatus } from "@/lib/db/generated/enums";
import { getBlockedInterval } from "./normalize-slot-service";
import type { TimeRange, Weekday } from "./types";

type StaffSeed = { key: string; name: string; email: string; timeZone: string; userEmail?: string; hours: Partial<Record<Weekday, TimeRange[]>> };
type ServiceSeed = { key: string; name: string; slug: string; description: string; durationMinutes: number; price: number; bufferBeforeMinutes?: number; bufferAfterMinutes?: number; requiresPayment?: boolean; requiresConfirmation?: boolean; slotIntervalMinutes?: number; staff: string[] };

const split = [{ start: "09:00", end: "13:00" }, { start: "14:00", end: "18:00" }];
const staffSeeds: StaffSeed[] = [
  { key: "maya", name: "Maya Fischer", email: "maya@lumen.example", timeZone: "Europe/Berlin", userEmail: "demo@frontdesk.dev", hours: { 1: split, 2: split, 3: split, 4: split, 5: [{ start: "09:00", end: "14:00" }] } },
  { key: "tom", name: "Tom Richter", email: "tom@lumen.example", timeZone: "Europe/Berlin", userEmail: "staff@frontdesk.dev", hours: { 2: [{ start: "11:00", end: "19:00" }], 3: [{ start: "11:00", end: "19:00" }], 4: [{ start: "11:00", end: "19:00" }], 5: [{ start: "11:00", end: "19:00" }], 6: [{ start: "10:00", end: "15:00" }] } },
  { key: "ines", name: "Inês Almeida", email: "ines@lumen.example", timeZone: "Europe/Lisbon", hours: { 1: [{ start: "08:00", end: "12:00" }, { start: "13:00", end: "16:00" }], 3: [{ start: "08:00", end: "12:00" }, { start: "13:00", end: "16:00" }], 4: [{ start: "08:00", end: "12:00" }] } },
];
const serviceSeeds: ServiceSeed[] = [
  { key: "portrait", name: "Portrait session", slug: "portrait-session", description: "One hour in the studio with a photographer; 10 edited photos.", durationMinutes: 60, price: 12000, bufferAfterMinutes: 15, requiresPayment: true, staff: ["maya", "tom"] },
  { key: "consult", name: "Consultation", slug: "consultation", description: "Plan a shoot or a campaign together, free of charge.", durationMinutes: 30, price: 0, staff: ["maya", "tom", "ines"] },
  { key: "class", name: "Photo editing class", slug: "photo-editing-class", description: "A one-to-one editing lesson; we confirm each booking.", durationMinutes: 90, price: 4500, bufferBeforeMinutes: 10, requiresConfirmation: true, staff: ["ines", "maya"] },
  { key: "headshot", name: "Headshot mini session", slug: "headshot-mini", description: "20 minutes, 3 retouched headshots.", durationMinutes: 20, price: 3900, bufferAfterMinutes: 10, slotIntervalMinutes: 30, requiresPayment: true, staff: ["tom"] },
];

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const instant = (date: Temporal.PlainDate, minute: number, timeZone: string) => new Date(date.toPlainDateTime({ hour: Math.floor(minute / 60), minute: minute % 60 }).toZonedDateTime(timeZone).epochMilliseconds);

export async function seedDemoBooking({ orgId, now = new Date() }: { orgId: string; now?: Date }) {
  if ((await db.service.count({ where: { orgId } })) > 0) return { skipped: true as const };
  const rand = prng(424242);
  const members = await db.membership.findMany({ where: { orgId }, select: { user: { select: { id: true, email: true } } } });
  const customers = await db.customer.findMany({ where: { orgId, email: { not: null } }, orderBy: { createdAt: "asc" }, take: 60, select: { id: true, name: true, email: true } });
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO("Europe/Berlin").toPlainDate();

  const staffIds = new Map<string, string>();
  for (const s of staffSeeds) {
    const rules = Object.entries(s.hours).flatMap(([weekday, ranges]) => ranges!.map((r) => ({ weekday: Number(weekday), startTime: r.start, endTime: r.end })));
    const userId = members.find((m) => m.user.email === s.userEmail)?.user.id ?? null;
    const created = await db.staffMember.create({ data: { orgId, name: s.name, email: s.email, timeZone: s.timeZone, userId, rules: { createMany: { data: rules } } }, select: { id: true } });
    staffIds.set(s.key, created.id);
  }
  const dayOff = today.add({ days: 5 }).toString();
  await db.dateOverride.createMany({
    data: [
      { staffMemberId: staffIds.get("tom")!, date: dayOff, ranges: [] },
      { staffMemberId: staffIds.get("maya")!, date: today.add({ days: 9 }).toString(), ranges: [{ start: "12:00", end: "16:00" }] },
    ],
  });
  const services = [];
  for (const { key, staff, ...fields } of serviceSeeds) {
    const created = await db.service.create({ data: { ...fields, orgId, currency: "EUR", minimumNoticeMinutes: 120, bookingWindowDays: 60 }, select: { id: true } });
    await db.serviceStaff.createMany({ data: staff.map((k) => ({ orgId, serviceId: created.id, staffMemberId: staffIds.get(k)! })) });
    services.push({ id: created.id, key, staff, ...fields });
  }

  // One booking per staff member per working day at most (so none overlap), on ~half the days.
  let made = 0;
  for (let offset = -21; offset <= 21 && customers.length > 0; offset++) {
    if (offset === 0) continue;
    const date = today.add({ days: offset });
    for (const s of staffSeeds) {
      const ranges = s.hours[date.dayOfWeek as Weekday];
      if (!ranges || rand() > 0.5 || made >= 40 || (s.key === "tom" && date.toString() === dayOff)) continue;
      const options = services.filter((svc) => svc.staff.includes(s.key));
      const service = options[Math.floor(rand() * options.length)];
      const range = ranges[Math.floor(rand() * ranges.length)];
      const first = toMinutes(range.start) + (service.bufferBeforeMinutes ?? 0);
      const last = toMinutes(range.end) - service.durationMinutes - (service.bufferAfterMinutes ?? 0);
      if (last < first) continue;
      const startMinute = first + Math.floor(rand() * (Math.floor((last - first) / 30) + 1)) * 30;
      const startsAt = instant(date, startMinute, s.timeZone);
      const blocked = getBlockedInterval({ service, start: startsAt });
      const customer = customers[Math.floor(rand() * customers.length)];
      const past = offset < 0;
      const canceled = !service.requiresPayment && rand() < 0.08;
      const status: BookingStatus = canceled ? "CANCELED" : past ? (rand() < 0.85 ? "COMPLETED" : "NO_SHOW") : service.requiresConfirmation && rand() < 0.6 ? "PENDING_CONFIRMATION" : "CONFIRMED";
      const createdAt = new Date(startsAt.getTime() - (2 + Math.floor(rand() * 12)) * 86_400_000);
      const order = service.requiresPayment && !canceled ? await db.order.create({ data: { orgId, customerId: customer.id, kind: "BOOKING", amount: service.price, currency: "EUR", status: "PAID", paidAt: createdAt, createdAt }, select: { id: true } }) : null;
      await db.booking.create({
        data: {
          orgId,
          serviceId: service.id,
          staffMemberId: staffIds.get(s.key)!,
          customerId: customer.id,
          orderId: order?.id,
          status,
          startsAt,
          endsAt: new Date(startsAt.getTime() + service.durationMinutes * 60_000),
          blockedFrom: blocked.start,
          blockedUntil: blocked.end,
          clientName: customer.name,
          clientEmail: customer.email!,
          clientTimeZone: rand() < 0.8 ? "Europe/Berlin" : "Europe/Lisbon",
          source: rand() < 0.2 ? "dashboard" : "public",
          confirmedAt: status === "PENDING_CONFIRMATION" || canceled ? null : createdAt,
          canceledAt: canceled ? new Date(createdAt.getTime() + 86_400_000) : null,
          canceledBy: canceled ? "client" : null,
          createdAt,
        },
      });
      made++;
    }
  }
  return { skipped: false as const, staff: staffSeeds.length, services: services.length, bookings: made };
}
