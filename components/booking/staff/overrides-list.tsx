import { ConfirmActionForm, type FormAction } from "../confirm-action-form";
import type { TimeRange } from "@/lib/booking";

type Override = { id: string; date: string; ranges: TimeRange[] };

const weekdayOf = (date: string) => new Intl.DateTimeFormat("en-US", { weekday: "short", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));

/** Upcoming date overrides, each with a delete that asks first. */
export function OverridesList<T>({ org, staffMemberId, overrides, action, canEdit }: { org: string; staffMemberId: string; overrides: Override[]; action: FormAction<T>; canEdit: boolean }) {
  if (overrides.length === 0) return <p className="text-sm text-gray-500">No upcoming days off or special hours.</p>;
  return (
    <ul className="divide-y divide-gray-100 rounded-md border border-gray-200">
      {overrides.map((o) => (
        <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
          <div className="text-sm">
            <span className="font-medium text-gray-900">
              {weekdayOf(o.date)} {o.date}
            </span>
            <span className="ml-2 text-gray-600">{o.ranges.length === 0 ? "Day off" : o.ranges.map((r) => `${r.start}–${r.end}`).join(", ")}</span>
          </div>
          {canEdit && <ConfirmActionForm action={action} fields={{ org, id: staffMemberId, overrideId: o.id }} confirmText={`Remove the override on ${o.date}? The weekly hours apply again.`} label="Delete" variant="secondary" />}
        </li>
      ))}
    </ul>
  );
}
