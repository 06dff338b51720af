import { CalendarAgenda } from "@/components/booking/dashboard/calendar-agenda";
import { CalendarGrid } from "@/components/booking/dashboard/calendar-grid";
import { CalendarToolbar } from "@/components/booking/dashboard/calendar-toolbar";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { stepDate, type CalendarView } from "@/lib/booking";
import { parseShownStaff } from "@/lib/booking";
import { listBookingResources } from "@/lib/booking";
import { loadBookingCalendar } from "@/lib/booking";
import { isLocalDate, localDateOf, startOfLocalDay } from "@/lib/booking";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Bookings" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// /[org]/bookings?view=week&date=2026-12-03&staff=<id>,<id>: the calendar, server-rendered from the URL,
// in the org's time zone: a grid on wide screens, a list per day on phones.
export default async function BookingsCalendarPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const ctx = await requireOrgPage((await params).org);
  const sp = await searchParams;
  const view: CalendarView = first(sp.view) === "day" ? "day" : "week";
  const today = localDateOf(new Date(), ctx.timezone);
  const rawDate = first(sp.date);
  const date = isLocalDate(rawDate) ? rawDate : today;
  const { staff: staffOptions } = await listBookingResources({ orgId: ctx.orgId });
  const active = staffOptions.filter((s) => s.active);
  const staff = parseShownStaff(
    sp.staff,
    active.map((s) => s.id),
  );
  const base = `/${ctx.slug}/bookings`;
  if (active.length === 0) {
    return (
      <EmptyState title="No staff yet" description="The calendar shows each staff member's bookings and hours. Add staff, set their working hours, then assign them to services." action={<ButtonLink href={`${base}/staff`}>Set up staff</ButtonLink>} />
    );
  }
  const layout = await loadBookingCalendar({ orgId: ctx.orgId, timeZone: ctx.timezone, view, date, staffIds: staff });
  const label = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: ctx.timezone });
  // Noon of a local date: safely inside it whatever the daylight-saving shifts.
  const at = (d: string) => new Date(startOfLocalDay(d, ctx.timezone).getTime() + 12 * 3_600_000);
  const dateLabels = layout.dates.map((d) => label.format(at(d)));
  const long = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: ctx.timezone });
  const title = view === "day" ? long.format(at(date)) : `${dateLabels[0]} – ${dateLabels[6]} ${at(layout.dates[6]).getUTCFullYear()}`;
  const props = { layout, slug: ctx.slug, timeZone: ctx.timezone, dateLabels };
  return (
    <>
      <CalendarToolbar base={base} view={view} date={date} prev={stepDate(view, date, -1)} next={stepDate(view, date, 1)} today={today} staff={staff} staffOptions={active} title={title} timeZone={ctx.timezone} />
      <div className="hidden md:block">
        <CalendarGrid {...props} />
      </div>
      <div className="md:hidden">
        <CalendarAgenda {...props} />
      </div>
    </>
  );
}
