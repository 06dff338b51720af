import Link from "next/link";
import { TableCard } from "@/components/ui/table-card";
import type { EventListItem } from "@/lib/ticketing";
import { formatEventRange } from "@/lib/shared/local-date-time";
import { EventStatusBadge } from "./event-status-badge";

/** The events list: title and venue, when (in the event's zone), status, tickets sold / capacity. */
export function EventsTable({ slug, rows }: { slug: string; rows: EventListItem[] }) {
  return (
    <TableCard>
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="bg-gray-50 text-left text-xs font-medium uppercase tracking-wide text-gray-500">
          <tr>
            <th className="px-4 py-3">Event</th>
            <th className="hidden px-4 py-3 md:table-cell">When</th>
            <th className="px-4 py-3">Status</th>
            <th className="px-4 py-3 text-right">Sold</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((e) => (
            <tr key={e.id}>
              <td className="px-4 py-3">
                <Link href={`/${slug}/events/${e.id}`} className="font-medium text-brand-700 hover:underline">
                  {e.title}
                </Link>
                <div className="text-xs text-gray-500">{e.venue?.name ?? "No venue"}</div>
                <div className="text-xs text-gray-500 md:hidden">{formatEventRange(e.startsAt, e.endsAt, e.timeZone)}</div>
              </td>
              <td className="hidden whitespace-nowrap px-4 py-3 md:table-cell">{formatEventRange(e.startsAt, e.endsAt, e.timeZone)}</td>
              <td className="px-4 py-3">
                <EventStatusBadge status={e.status} endsAt={e.endsAt} />
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{e.capacity === 0 ? <span className="text-gray-400">No tickets</span> : `${e.sold} / ${e.capacity}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableCard>
  );
}
