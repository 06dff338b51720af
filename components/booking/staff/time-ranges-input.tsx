"use client";
import { Button } from "@/components/ui/button";
import type { TimeRange } from "@/lib/booking/client";

const inputClass = "w-[7.5rem] rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500 aria-[invalid=true]:border-red-500";

/** A list of from-to time ranges with add/remove; an end at or before the start is marked as running past midnight. */
export function TimeRangesInput({ label, ranges, onChange, errorFor, emptyText = "Closed" }: { label: string; ranges: TimeRange[]; onChange: (next: TimeRange[]) => void; errorFor: (index: number) => string | undefined; emptyText?: string }) {
  const set = (index: number, patch: Partial<TimeRange>) => onChange(ranges.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const last = ranges[ranges.length - 1];
  return (
    <div className="space-y-2">
      {ranges.length === 0 && <p className="py-1.5 text-sm text-gray-500">{emptyText}</p>}
      {ranges.map((r, i) => {
        const error = errorFor(i);
        const crosses = r.start && r.end && r.end <= r.start;
        return (
          <div key={i} className="space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <input type="time" aria-label={`${label} from${i ? ` ${i + 1}` : ""}`} value={r.start} onChange={(e) => set(i, { start: e.target.value })} className={inputClass} aria-invalid={Boolean(error)} required />
              <span className="text-gray-500">–</span>
              <input type="time" aria-label={`${label} to${i ? ` ${i + 1}` : ""}`} value={r.end} onChange={(e) => set(i, { end: e.target.value })} className={inputClass} aria-invalid={Boolean(error)} required />
              <Button type="button" variant="ghost" className="px-2 py-1" aria-label={`Remove ${label} range ${i + 1}`} onClick={() => onChange(ranges.filter((_, j) => j !== i))}>
                ✕
              </Button>
            </div>
            {crosses && !error && <p className="text-xs text-gray-500">Ends after midnight, on the next day ({r.start === r.end ? "24 hours" : `until ${r.end}`}).</p>}
            {error && (
              <p className="text-xs text-red-600" role="alert">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <Button type="button" variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => onChange([...ranges, last ? { start: last.end, end: "" } : { start: "09:00", end: "17:00" }])} aria-label={`Add ${label} range`}>
        + Add range
      </Button>
    </div>
  );
}
