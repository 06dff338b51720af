import Link from "next/link";
import { TableCard } from "@/components/ui/table-card";
import type { BookingListItem } from "@/lib/booking";
import { formatDateTime } from "@/lib/format";
import { BookingStatusBadge } from "./booking-status-badge";

/** The bookings list: when (org zone), client, service, staff, status; each row opens the booking. */
export function BookingsTable({ slug, rows, timeZone }: { slug: string; rows: BookingListItem[]; timeZone: string }) {
  const th = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
  const td = "px-3 py-3 align-top";
  return (
    <TableCard>
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="bg-gray-50">
          <tr>
            <th className={th}>When</th>
            <th className={th}>Client</th>
            <th className={`${th} hidden md:table-cell`}>Service</th>
            <th className={`${th} hidden md:table-cell`}>Staff</th>
            <th className={`${th} hidden sm:table-cell`}>Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((b) => (
            <tr key={b.id} className="hover:bg-gray-50">
              <td className={`${td} sm:whitespace-nowrap`}>
                <Link href={`/${slug}/bookings/${b.id}`} className="font-medium text-brand-700 hover:underline">
                  {formatDateTime(b.startsAt, timeZone)}
                </Link>
              </td>
              <td className={`${td} max-w-48`}>
                <div className="truncate font-medium text-gray-900" title={b.clientName}>
                  {b.clientName}
                </div>
                <div className="truncate text-xs text-gray-500">{b.clientEmail}</div>
                <div className="text-xs text-gray-500 md:hidden">
                  {b.service.name} · {b.staffMember.name}
                </div>
                <div className="mt-1 sm:hidden">
                  <BookingStatusBadge status={b.status} />
                </div>
              </td>
              <td className={`${td} hidden md:table-cell`}>{b.service.name}</td>
              <td className={`${td} hidden md:table-cell`}>{b.staffMember.name}</td>
              <td className={`${td} hidden sm:table-cell`}>
                <BookingStatusBadge status={b.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableCard>
  );
}
