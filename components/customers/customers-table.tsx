import Link from "next/link";
import { formatSpend, type CustomerSpend } from "@/lib/customers";
import type { CustomerSource } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/format";
import { SourceBadge, TagList } from "./source-badge";

export type CustomerRow = { id: string; name: string; email: string | null; phone: string | null; tags: string[]; source: CustomerSource; createdAt: Date; spend: CustomerSpend };

export function CustomersTable({ slug, rows, timezone, currency }: { slug: string; rows: CustomerRow[]; timezone: string; currency: string }) {
  const th = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
  const td = "px-3 py-3 align-top";
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="bg-gray-50">
          <tr>
            <th className={th}>Name</th>
            <th className={th}>Email</th>
            <th className={`${th} hidden xl:table-cell`}>Phone</th>
            <th className={`${th} hidden sm:table-cell`}>Tags</th>
            <th className={`${th} hidden xl:table-cell`}>Source</th>
            <th className={`${th} hidden xl:table-cell`}>Created</th>
            <th className={`${th} whitespace-nowrap text-right`}>Total spent</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((c) => (
            <tr key={c.id} className="hover:bg-gray-50">
              <td className={`${td} max-w-40 xl:max-w-48`}>
                <Link href={`/${slug}/customers/${c.id}`} className="block truncate font-medium text-gray-900 hover:text-brand-700 hover:underline" title={c.name}>
                  {c.name}
                </Link>
              </td>
              <td className={`${td} max-w-40 truncate text-gray-700 xl:max-w-48`} title={c.email ?? undefined}>
                {c.email ?? <span className="text-gray-400">—</span>}
              </td>
              <td className={`${td} hidden whitespace-nowrap text-gray-700 xl:table-cell`}>{c.phone ?? <span className="text-gray-400">—</span>}</td>
              <td className={`${td} hidden min-w-32 sm:table-cell`}>
                <TagList tags={c.tags} />
              </td>
              <td className={`${td} hidden xl:table-cell`}>
                <SourceBadge source={c.source} />
              </td>
              <td className={`${td} hidden whitespace-nowrap text-gray-600 xl:table-cell`}>{formatDate(c.createdAt, timezone)}</td>
              <td className={`${td} whitespace-nowrap text-right tabular-nums`}>{formatSpend(c.spend.totals, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
