import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { formatDate, formatMoney } from "@/lib/format";

// The first members of a segment: used on the segment page (server) and in the form's live
// preview (client), so it holds no hooks and reads plain values.
export type MemberRow = { id: string; name: string; email: string | null; rfmSegment: string | null; churnRisk: string | null; clv12m: number | null; totalSpent: number | null; lastOrderAt: string | Date | null };

const churnTone = { LOW: "green", MEDIUM: "amber", HIGH: "red" } as const;
const dash = <span className="text-gray-400">—</span>;

export function SegmentMembersTable({ slug, rows, currency, timeZone, compact = false }: { slug: string; rows: MemberRow[]; currency: string; timeZone: string; compact?: boolean }) {
  const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
  const td = "px-3 py-2 align-top";
  const date = (d: string | Date) => formatDate(d, timeZone);
  return (
    <table className="min-w-full divide-y divide-gray-200 text-sm">
      <thead className="bg-gray-50">
        <tr>
          <th className={th}>Customer</th>
          <th className={th}>RFM</th>
          {!compact && <th className={th}>Churn risk</th>}
          {!compact && <th className={`${th} text-right`}>CLV 12m</th>}
          <th className={`${th} text-right`}>Spent</th>
          {!compact && <th className={th}>Last order</th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-gray-100">
        {rows.map((m) => (
          <tr key={m.id} className="hover:bg-gray-50">
            <td className={`${td} max-w-56`}>
              <Link href={`/${slug}/customers/${m.id}`} className="block truncate font-medium text-gray-900 hover:text-brand-700 hover:underline" title={m.name}>
                {m.name}
              </Link>
              {m.email && !compact && <span className="block truncate text-xs text-gray-500">{m.email}</span>}
            </td>
            <td className={`${td} whitespace-nowrap text-gray-700`}>{m.rfmSegment ?? dash}</td>
            {!compact && <td className={td}>{m.churnRisk ? <Badge tone={churnTone[m.churnRisk as keyof typeof churnTone] ?? "gray"}>{m.churnRisk.toLowerCase()}</Badge> : dash}</td>}
            {!compact && <td className={`${td} whitespace-nowrap text-right tabular-nums`}>{m.clv12m === null ? dash : formatMoney(Math.round(m.clv12m), currency)}</td>}
            <td className={`${td} whitespace-nowrap text-right tabular-nums`}>{m.totalSpent === null ? dash : formatMoney(m.totalSpent, currency)}</td>
            {!compact && <td className={`${td} whitespace-nowrap text-gray-600`}>{m.lastOrderAt ? date(m.lastOrderAt) : dash}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
