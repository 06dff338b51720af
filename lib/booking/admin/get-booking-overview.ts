import { orgDb } from "@/lib/db/org-db";
import { addDays, localDateOf, startOfLocalDay } from "../calendar/local-day";

const ACTIVE = ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CONFIRMED"] as const;

/** For the overview card: upcoming active bookings, how many are today (org zone), and the next few. */
export async function getBookingOverview({ orgId, timeZone, now = new Date(), take = 5 }: { orgId: string; timeZone: string; now?: Date; take?: number }) {
  const endOfToday = startOfLocalDay(addDays(localDateOf(now, timeZone), 1), timeZone);
  const upcoming = { status: { in: [...ACTIVE] }, startsAt: { gte: now } };
  const [total, today, next] = await Promise.all([
    orgDb(orgId).booking.count({ where: upcoming }),
    orgDb(orgId).booking.count({ where: { ...upcoming, startsAt: { gte: now, lt: endOfToday } } }),
    orgDb(orgId).booking.findMany({
      where: upcoming,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, startsAt: true, clientName: true, status: true, service: { select: { name: true } }, staffMember: { select: { name: true } } },
    }),
  ]);
  return { total, today, next };
}
