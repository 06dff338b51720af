import Link from "next/link";
import { ListTable } from "@/components/ui/list-table";
import { Badge } from "@/components/ui/card";
import { formatMoney } from "@/lib/format";

type Row = { id: string; name: string; slug: string; durationMinutes: number; price: number; currency: string; requiresPayment: boolean; requiresConfirmation: boolean; active: boolean; staffCount: number };

/** The services list: name and link, duration, price, staff count, state. */
export function ServicesTable({ slug, rows }: { slug: string; rows: Row[] }) {
  return (
    <ListTable columns={["Service", "Duration", "Price", { label: "Staff", className: "hidden sm:table-cell" }, "Status"]}>
      {rows.map((s) => (
        <tr key={s.id} className={s.active ? "" : "bg-gray-50 text-gray-500"}>
          <td className="px-4 py-3">
            <Link href={`/${slug}/bookings/services/${s.id}`} className="font-medium text-brand-700 hover:underline">
              {s.name}
            </Link>
            <div className="text-xs text-gray-500">/{s.slug}</div>
          </td>
          <td className="whitespace-nowrap px-4 py-3">{s.durationMinutes} min</td>
          <td className="whitespace-nowrap px-4 py-3">
            {s.price === 0 ? "Free" : formatMoney(s.price, s.currency)}
            {s.requiresPayment && <div className="text-xs text-gray-500">paid up front</div>}
          </td>
          <td className="hidden px-4 py-3 sm:table-cell">{s.staffCount === 0 ? <span className="text-amber-700">No staff</span> : s.staffCount}</td>
          <td className="px-4 py-3">
            <div className="flex flex-wrap gap-1">
              {s.active ? <Badge tone="green">Bookable</Badge> : <Badge>Archived</Badge>}
              {s.requiresConfirmation && <Badge tone="amber">Confirm</Badge>}
            </div>
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
