import { formatDateTime } from "@/lib/format";
import type { EventDetail } from "@/lib/ticketing";
import { statusLabels } from "@/lib/ticketing";

/** Who moved the event to which status, when, and their note; newest first. */
export function EventStatusHistory({ changes, timeZone }: { changes: EventDetail["statusChanges"]; timeZone: string }) {
  if (changes.length === 0) return <p className="text-sm text-gray-600">No changes recorded yet.</p>;
  return (
    <ol className="space-y-3 text-sm">
      {changes.map((c) => (
        <li key={c.id} className="border-l-2 border-gray-200 pl-3">
          <p className="text-gray-900">
            {c.fromStatus ? `${statusLabels[c.fromStatus]} → ${statusLabels[c.toStatus]}` : `Created as ${statusLabels[c.toStatus].toLowerCase()}`}
            <span className="text-gray-500"> by {c.byUser?.name ?? c.byUser?.email ?? "someone no longer here"}</span>
          </p>
          <p className="text-xs text-gray-500">{formatDateTime(c.createdAt, timeZone)}</p>
          {c.note && <p className="mt-1 whitespace-pre-line rounded bg-gray-50 px-2 py-1 text-gray-700">{c.note}</p>}
        </li>
      ))}
    </ol>
  );
}
