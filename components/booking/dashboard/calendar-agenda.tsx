import Link from "next/link";
import type { CalendarLayout } from "@/lib/booking";
import { BookingStatusBadge } from "./booking-status-badge";

/** The phone calendar: each date as a list of its bookings in time order, with the staff member. */
export function CalendarAgenda({ layout, slug, timeZone, dateLabels }: { layout: CalendarLayout; slug: string; timeZone: string; dateLabels: string[] }) {
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  return (
    <div className="space-y-4">
      {layout.dates.map((date, i) => {
        const items = layout.lanesByDate[i].flatMap((lane) => lane.blocks.map((b) => ({ ...b, staffName: lane.staffName }))).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
        return (
          <section key={date} className="rounded-lg border border-gray-200 bg-white shadow-sm">
            <h3 className="border-b border-gray-200 px-4 py-2 text-sm font-semibold text-gray-900">{dateLabels[i]}</h3>
            {items.length === 0 ? (
              <p className="px-4 py-3 text-sm text-gray-500">No bookings.</p>
            ) : (
              <ul className="divide-y divide-gray-100">
                {items.map((b) => (
                  <li key={`${b.id}-${date}`}>
                    <Link href={`/${slug}/bookings/${b.id}`} className="flex items-start gap-3 px-4 py-3 hover:bg-gray-50">
                      <span className="w-12 shrink-0 text-sm font-semibold text-gray-900">{time.format(b.startsAt)}</span>
                      <span className="min-w-0 flex-1">
                        <span className="block truncate text-sm font-medium text-gray-900">{b.clientName}</span>
                        <span className="block truncate text-xs text-gray-500">
                          {b.serviceName} · {b.staffName}
                        </span>
                      </span>
                      <BookingStatusBadge status={b.status} />
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
