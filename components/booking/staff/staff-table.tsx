import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { ListTable } from "@/components/ui/list-table";

type Row = { id: string; name: string; email: string | null; timeZone: string; active: boolean; user: { name: string | null; email: string } | null; serviceCount: number; ruleCount: number };

/** The staff list: name, time zone, linked user, how many services and whether hours are set. */
export function StaffTable({ slug, rows }: { slug: string; rows: Row[] }) {
  return (
    <ListTable columns={["Name", "Time zone", { label: "Dashboard user", className: "hidden sm:table-cell" }, { label: "Services", className: "hidden sm:table-cell" }, "Status"]}>
      {rows.map((s) => (
        <tr key={s.id} className={s.active ? "" : "bg-gray-50 text-gray-500"}>
          <td className="px-4 py-3">
            <Link href={`/${slug}/bookings/staff/${s.id}`} className="font-medium text-brand-700 hover:underline">
              {s.name}
            </Link>
            {s.email && <div className="text-xs text-gray-500">{s.email}</div>}
          </td>
          <td className="px-4 py-3 text-xs sm:text-sm">{s.timeZone}</td>
          <td className="hidden px-4 py-3 sm:table-cell">{s.user ? (s.user.name ?? s.user.email) : <span className="text-gray-400">—</span>}</td>
          <td className="hidden px-4 py-3 sm:table-cell">{s.serviceCount}</td>
          <td className="px-4 py-3">
            <div className="flex flex-wrap gap-1">
              {s.active ? <Badge tone="green">Active</Badge> : <Badge>Inactive</Badge>}
              {s.active && s.ruleCount === 0 && <Badge tone="amber">No hours</Badge>}
            </div>
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
