import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { TableCard } from "@/components/ui/table-card";
import { subscriberDisplayName } from "@/lib/bots";
import type { DeliveryStatus } from "@/lib/db/generated/enums";
import { formatDateTime } from "@/lib/format";

// Each recipient of a broadcast: sent (when), failed (why), blocked, or still waiting.
type Row = { id: string; status: DeliveryStatus; error: string | null; sentAt: Date | null; subscriber: { id: string; firstName: string; lastName: string | null; username: string | null } };
const tones = { PENDING: "gray", SENDING: "brand", SENT: "green", FAILED: "red", BLOCKED: "amber" } as const;
const labels: Record<DeliveryStatus, string> = { PENDING: "Waiting", SENDING: "Sending", SENT: "Sent", FAILED: "Failed", BLOCKED: "Blocked the bot" };

export function DeliveriesTable({ base, rows, timezone }: { base: string; rows: Row[]; timezone: string }) {
  const th = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
  return (
    <TableCard>
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="bg-gray-50">
          <tr>
            <th className={th}>Subscriber</th>
            <th className={th}>Status</th>
            <th className={`${th} hidden sm:table-cell`}>Details</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((d) => (
            <tr key={d.id}>
              <td className="max-w-48 px-3 py-2.5">
                <Link href={`${base}/subscribers/${d.subscriber.id}`} className="block truncate text-gray-900 hover:text-brand-700 hover:underline">
                  {subscriberDisplayName(d.subscriber)}
                </Link>
              </td>
              <td className="px-3 py-2.5">
                <Badge tone={tones[d.status]}>{labels[d.status]}</Badge>
                {d.error && <span className="mt-1 block text-xs text-gray-600 sm:hidden">{d.error}</span>}
              </td>
              <td className="hidden max-w-96 px-3 py-2.5 text-gray-600 sm:table-cell">{d.error ?? (d.sentAt ? formatDateTime(d.sentAt, timezone) : "—")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableCard>
  );
}
