import Link from "next/link";
import { ListTable } from "@/components/ui/list-table";
import type { EventListItem } from "@/lib/ticketing";
import { formatEventRange } from "@/lib/shared/local-date-time";
import { EventStatusBadge } from "./event-status-badge";

/** The events list: title and venue, when (in the event's zone), status, tickets sold / capacity. */
export function EventsTable({ slug, rows }: { slug: string; rows: EventListItem[] }) {
  return (
    <ListTable columns={["Event", { label: "When", className: "hidden md:table-cell" }, "Status", { label: "Sold", className: "text-right" }]}>
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
    </ListTable>
  );
}
