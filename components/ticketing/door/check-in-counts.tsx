"use client";
import { useQuery } from "@tanstack/react-query";
import type { CheckInCounts as Counts } from "@/lib/ticketing/client";
import type { RecentCheckIn } from "@/lib/ticketing/client";
import { CheckInBar, checkInPercent } from "./progress-bar";

export type DoorStatus = Counts & { recent: RecentCheckIn[] };

export const doorStatusKey = (url: string) => ["door-status", url];

/** Counts and latest check-ins, polled every few seconds so every door screen sees the others' scans. */
function useDoorStatus(url: string, initial: DoorStatus) {
  return useQuery({
    queryKey: doorStatusKey(url),
    queryFn: async (): Promise<DoorStatus> => {
      const res = await fetch(url, { cache: "no-store" });
      if (!res.ok) throw new Error(`door status ${res.status}`);
      return res.json();
    },
    initialData: initial,
    refetchInterval: 4000,
  });
}

export function CheckInCounts({ url, initial }: { url: string; initial: DoorStatus }) {
  const { data, isError } = useDoorStatus(url, initial);
  const percent = checkInPercent(data.checkedIn, data.sold);
  return (
    <div className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="flex items-baseline justify-between gap-2">
        <p className="text-sm font-medium text-gray-700">Checked in</p>
        <p className="tabular-nums text-gray-900" data-testid="check-in-counts">
          <span className="text-2xl font-semibold">{data.checkedIn}</span>{" "}
          <span className="text-sm text-gray-600">
            of {data.sold} sold · {percent}%
          </span>
        </p>
      </div>
      <CheckInBar checkedIn={data.checkedIn} sold={data.sold} className="mt-2 h-2" />
      {isError && <p className="mt-2 text-xs text-amber-700">Live counts paused: reconnecting…</p>}
    </div>
  );
}

export function RecentCheckIns({ url, initial, timeZone }: { url: string; initial: DoorStatus; timeZone: string }) {
  const { data } = useDoorStatus(url, initial);
  if (data.recent.length === 0) return <p className="text-center text-sm text-gray-500">No one checked in yet.</p>;
  const time = new Intl.DateTimeFormat("en-US", { timeStyle: "short", timeZone });
  return (
    <section aria-labelledby="recent-check-ins" className="rounded-lg border border-gray-200 bg-white shadow-sm">
      <h2 id="recent-check-ins" className="px-4 pb-1 pt-3 text-sm font-semibold text-gray-900">
        Latest check-ins
      </h2>
      <ul className="divide-y divide-gray-100 text-sm">
        {data.recent.map((r) => (
          <li key={r.code} className="flex items-baseline justify-between gap-3 px-4 py-2">
            <span className="min-w-0 truncate">
              <span className="font-medium text-gray-900">{r.attendeeName || "—"}</span> <span className="text-gray-500">· {r.ticketTypeName}</span>
            </span>
            <span className="shrink-0 text-xs text-gray-500">
              {time.format(new Date(r.checkedInAt))}
              {r.byName && ` · ${r.byName}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
