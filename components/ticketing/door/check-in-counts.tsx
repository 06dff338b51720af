"use client";
import { useQuery } from "@tanstack/react-query";
import { CheckInBar, checkInPercent } from "./progress-bar";
import type { CheckInCounts as Counts } from "@/lib/ticketing/check-in/get-check-in-counts";

export const checkInCountsKey = (url: string) => ["check-in-counts", url];

/** Checked in vs sold, polled every few seconds so every door screen sees the others' scans. */
export function CheckInCounts({ url, initial }: { url: string; initial: Counts }) {
  const { data, isError } = useQuery({
    queryKey: checkInCountsKey(url),
    queryFn: async (): Promise<Counts> => {
      const res = await fetch(url, { cache: "no-store" });
      if (!res.ok) throw new Error(`counts ${res.status}`);
      return res.json();
    },
    initialData: initial,
    refetchInterval: 4000,
  });
  const percent = checkInPercent(data.checkedIn, data.sold);
  return (
    <div className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="flex items-baseline justify-between gap-2">
        <p className="text-sm font-medium text-gray-700">Checked in</p>
        <p className="tabular-nums text-gray-900" data-testid="check-in-counts">
          <span className="text-2xl font-semibold">{data.checkedIn}</span> <span className="text-sm text-gray-600">of {data.sold} sold · {percent}%</span>
        </p>
      </div>
      <CheckInBar checkedIn={data.checkedIn} sold={data.sold} className="mt-2 h-2" />
      {isError && <p className="mt-2 text-xs text-amber-700">Live counts paused: reconnecting…</p>}
    </div>
  );
}
