// Demo booking data for the demo org (Lumen Studio): 3 staff (one in Lisbon) with weekly hours
// and overrides, 4 services, ~40 bookings over the past and next 3 weeks for existing demo
// customers, and one booking per paid purchase of the demo's history (booked and paid at the
// purchase, held a few days later), inside working hours and never overlapping (the exclusion
// constraint holds). Nothing is dated after `now`: a booking made for next week was made (and
// paid) before today. Deterministic (fixed PRNG seed); does nothing when the org has services.
import { randomUUID } from "node:crypto";
import { Temporal } from "temporal-polyfill";
import { orgDb } from "@/lib/db/org-db";
import type { Prisma } from "@/lib/db/client";
import type { BookingStatus } from "@/lib/db/generated/enums";
import { getBlockedInterval } from "../slots/normalize-slot-service";
import type { TimeRange, Weekday } from "../types";

type StaffSeed = { key: string; name: string; email: string; timeZone: string; userEmail?: string; hours: Partial<Record<Weekday, TimeRange[]>> };
type ServiceSeed = {
  key: string;
  name: string;
  slug: string;
  description: string;
  durationMinutes: number;
  price: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  requiresPayment?: boolean;
  requiresConfirmation?: boolean;
  slotIntervalMinutes?: number;
  staff: string[];
};

const split = [
  { start: "09:00", end: "13:00" },
  { start: "14:00", end: "18:00" },
];
const staffSeeds: StaffSeed[] = [
  { key: "maya", name: "Maya Fischer", email: "maya@lumen.example", timeZone: "Europe/Berlin", userEmail: "demo@frontdesk.dev", hours: { 1: split, 2: split, 3: split, 4: split, 5: [{ start: "09:00", end: "14:00" }] } },
  {
    key: "tom",
    name: "Tom Richter",
    email: "tom@lumen.example",
    timeZone: "Europe/Berlin",
    userEmail: "staff@frontdesk.dev",
    hours: { 2: [{ start: "11:00", end: "19:00" }], 3: [{ start: "11:00", end: "19:00" }], 4: [{ start: "11:00", end: "19:00" }], 5: [{ start: "11:00", end: "19:00" }], 6: [{ start: "10:00", end: "15:00" }] },
  },
  {
    key: "ines",
    name: "Inês Almeida",
    email: "ines@lumen.example",
    timeZone: "Europe/Lisbon",
    hours: {
      1: [
        { start: "08:00", end: "12:00" },
        { start: "13:00", end: "16:00" },
      ],
      3: [
        { start: "08:00", end: "12:00" },
        { start: "13:00", end: "16:00" },
      ],
      4: [{ start: "08:00", end: "12:00" }],
    },
  },
];
const serviceSeeds: ServiceSeed[] = [
  {
    key: "portrait",
    name: "Portrait session",
    slug: "portrait-session",
    description: "One hour in the studio with a photographer; 10 edited photos.",
    durationMinutes: 60,
    price: 12000,
    bufferAfterMinutes: 15,
    requiresPayment: true,
    staff: ["maya", "tom"],
  },
  { key: "consult", name: "Consultation", slug: "consultation", description: "Plan a shoot or a campaign together, free of charge.", durationMinutes: 30, price: 0, staff: ["maya", "tom", "ines"] },
  {
    key: "class",
    name: "Photo editing class",
    slug: "photo-editing-class",
    description: "A one-to-one editing lesson; we confirm each booking.",
    durationMinutes: 90,
    price: 4500,
    bufferBeforeMinutes: 10,
    requiresConfirmation: true,
    staff: ["ines", "maya"],
  },
  { key: "headshot", name: "Headshot mini session", slug: "headshot-mini", description: "20 minutes, 3 retouched headshots.", durationMinutes: 20, price: 3900, bufferAfterMinutes: 10, slotIntervalMinutes: 30, requiresPayment: true, staff: ["tom"] },
];

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

/** One booking purchase of the demo history: who, when it was booked and paid, about how much. */
export type BookingPurchase = { customer: { id: string; name: string; email: string | null }; at: Date; amount: number };

const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const DAY = 86_400_000;
const instant = (date: Temporal.PlainDate, minute: number, timeZone: string) => new Date(date.toPlainDateTime({ hour: Math.floor(minute / 60), minute: minute % 60 }).toZonedDateTime(timeZone).epochMilliseconds);

export async function seedDemoBooking({ orgId, now = new Date(), purchases = [] }: { orgId: string; now?: Date; purchases?: BookingPurchase[] }) {
  if ((await orgDb(orgId).service.count()) > 0) return { skipped: true as const };
  const rand = prng(424242);
  const members = await orgDb(orgId).membership.findMany({ select: { user: { select: { id: true, email: true } } } });
  const customers = await orgDb(orgId).customer.findMany({ where: { email: { not: null } }, orderBy: { createdAt: "asc" }, take: 60, select: { id: true, name: true, email: true } });
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO("Europe/Berlin").toPlainDate();

  const staffIds = new Map<string, string>();
  for (const s of staffSeeds) {
    const rules = Object.entries(s.hours).flatMap(([weekday, ranges]) => ranges!.map((r) => ({ weekday: Number(weekday), startTime: r.start, endTime: r.end })));
    const userId = members.find((m) => m.user.email === s.userEmail)?.user.id ?? null;
    const created = await orgDb(orgId).staffMember.create({ data: { orgId, name: s.name, email: s.email, timeZone: s.timeZone, userId, rules: { createMany: { data: rules } } }, select: { id: true } });
    staffIds.set(s.key, created.id);
  }
  const dayOff = today.add({ days: 5 }).toString();
  await orgDb(orgId).dateOverride.createMany({
    data: [
      { staffMemberId: staffIds.get("tom")!, date: dayOff, ranges: [] },
      { staffMemberId: staffIds.get("maya")!, date: today.add({ days: 9 }).toString(), ranges: [{ start: "12:00", end: "16:00" }] },
    ],
  });
  const services: (ServiceSeed & { id: string })[] = [];
  for (const { key, staff, ...fields } of serviceSeeds) {
    const created = await orgDb(orgId).service.create({ data: { ...fields, orgId, currency: "EUR", minimumNoticeMinutes: 120, bookingWindowDays: 60 }, select: { id: true } });
    await orgDb(orgId).serviceStaff.createMany({ data: staff.map((k) => ({ orgId, serviceId: created.id, staffMemberId: staffIds.get(k)! })) });
    services.push({ id: created.id, key, staff, ...fields });
  }

  // Every booking's blocked time per staff member, so none overlap; rows written at the end.
  const busy = new Map<string, { start: number; end: number }[]>(staffSeeds.map((s) => [s.key, []]));
  const fits = (staff: string, from: Date, until: Date) => busy.get(staff)!.every((b) => until.getTime() <= b.start || from.getTime() >= b.end);
  const orders: Prisma.OrderCreateManyInput[] = [];
  const bookings: Prisma.BookingCreateManyInput[] = [];
  const book = (o: { staff: string; service: (typeof services)[number]; customer: { id: string; name: string; email: string | null }; status: BookingStatus; startsAt: Date; createdAt: Date; paid: boolean; canceled: boolean }) => {
    const blocked = getBlockedInterval({ service: o.service, start: o.startsAt });
    busy.get(o.staff)!.push({ start: blocked.start.getTime(), end: blocked.end.getTime() });
    // Paid when booked: the order's paidAt is the booking's createdAt, never the appointment.
    const orderId = o.paid ? `ob${randomUUID().replaceAll("-", "")}` : null;
    if (orderId) orders.push({ id: orderId, orgId, customerId: o.customer.id, kind: "BOOKING", amount: o.service.price, currency: "EUR", status: "PAID", paidAt: o.createdAt, createdAt: o.createdAt });
    bookings.push({
      orgId,
      serviceId: o.service.id,
      staffMemberId: staffIds.get(o.staff)!,
      customerId: o.customer.id,
      orderId,
      status: o.status,
      startsAt: o.startsAt,
      endsAt: new Date(o.startsAt.getTime() + o.service.durationMinutes * 60_000),
      blockedFrom: blocked.start,
      blockedUntil: blocked.end,
      clientName: o.customer.name,
      clientEmail: o.customer.email!,
      clientTimeZone: rand() < 0.8 ? "Europe/Berlin" : "Europe/Lisbon",
      source: rand() < 0.2 ? "dashboard" : "public",
      confirmedAt: o.status === "PENDING_CONFIRMATION" || o.canceled ? null : o.createdAt,
      // Canceled a while after booking, and before now.
      canceledAt: o.canceled ? new Date(o.createdAt.getTime() + Math.min(DAY, (now.getTime() - o.createdAt.getTime()) / 2)) : null,
      canceledBy: o.canceled ? "client" : null,
      createdAt: o.createdAt,
    });
  };

  // One booking per staff member per working day at most, on ~half the days.
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
      const customer = customers[Math.floor(rand() * customers.length)];
      const past = offset < 0;
      const canceled = !service.requiresPayment && rand() < 0.08;
      const status: BookingStatus = canceled ? "CANCELED" : past ? (rand() < 0.85 ? "COMPLETED" : "NO_SHOW") : service.requiresConfirmation && rand() < 0.6 ? "PENDING_CONFIRMATION" : "CONFIRMED";
      // Booked 2-14 days ahead; a booking for the days to come was made in the last days, not later.
      const ahead = new Date(startsAt.getTime() - (2 + Math.floor(rand() * 12)) * DAY);
      const createdAt = ahead < now ? ahead : new Date(now.getTime() - (1 + Math.floor(rand() * 72)) * 3_600_000);
      book({ staff: s.key, service, customer, status, startsAt, createdAt, paid: Boolean(service.requiresPayment) && !canceled, canceled });
      made++;
    }
  }
  // The history: each purchase books a paid service (the portrait or the headshot, by what it
  // cost) with someone who offers it, at the first free slot 1 to 20 days after it was made.
  const paidServices = services.filter((svc) => svc.requiresPayment && svc.price > 0).sort((a, b) => b.price - a.price);
  const closed = new Set([`tom ${dayOff}`, `maya ${today.add({ days: 9 })}`]);
  let history = 0;
  for (const p of purchases) {
    if (!p.customer.email || p.at >= now) continue;
    const service = paidServices.find((svc) => p.amount >= svc.price * 0.6) ?? paidServices[paidServices.length - 1];
    const booked = Temporal.Instant.fromEpochMilliseconds(p.at.getTime()).toZonedDateTimeISO("Europe/Berlin").toPlainDate();
    const slot = findSlot({ service, from: booked.add({ days: 1 + Math.floor(rand() * 10) }), after: p.at, closed, fits, rand });
    if (!slot) continue;
    const past = slot.startsAt < now;
    book({ staff: slot.staff, service, customer: p.customer, status: past ? (rand() < 0.92 ? "COMPLETED" : "NO_SHOW") : "CONFIRMED", startsAt: slot.startsAt, createdAt: p.at, paid: true, canceled: false });
    history++;
  }
  // Orders and bookings in one transaction: a paid booking order needs its booking at commit.
  await orgDb(orgId).$transaction(
    async (tx) => {
      await tx.order.createMany({ data: orders });
      await tx.booking.createMany({ data: bookings });
    },
    { timeout: 60_000 },
  );
  return { skipped: false as const, staff: staffSeeds.length, services: services.length, bookings: made, history };
}

type SlotService = { key: string; staff: string[]; durationMinutes: number; bufferBeforeMinutes?: number; bufferAfterMinutes?: number };

/** The first free start on the half hour for `service`, from the day `from` on (up to 20 days), with any of its staff. */
function findSlot({ service, from, after, closed, fits, rand }: { service: SlotService; from: Temporal.PlainDate; after: Date; closed: Set<string>; fits: (staff: string, from: Date, until: Date) => boolean; rand: () => number }) {
  for (let d = 0; d < 20; d++) {
    const date = from.add({ days: d });
    const working = staffSeeds.filter((s) => service.staff.includes(s.key) && s.hours[date.dayOfWeek as Weekday] && !closed.has(`${s.key} ${date}`));
    const shift = Math.floor(rand() * working.length); // who is asked first varies
    for (const s of [...working.slice(shift), ...working.slice(0, shift)]) {
      for (const range of s.hours[date.dayOfWeek as Weekday]!) {
        const first = toMinutes(range.start) + (service.bufferBeforeMinutes ?? 0);
        const last = toMinutes(range.end) - service.durationMinutes - (service.bufferAfterMinutes ?? 0);
        const offset = Math.floor(rand() * 4) * 30;
        for (let i = 0; first + i * 30 <= last; i++) {
          const minute = first + ((offset + i * 30) % (Math.floor((last - first) / 30) * 30 + 30));
          const startsAt = instant(date, minute, s.timeZone);
          const blocked = getBlockedInterval({ service, start: startsAt });
          if (startsAt > after && fits(s.key, blocked.start, blocked.end)) return { staff: s.key, startsAt };
        }
      }
    }
  }
  return null;
}
