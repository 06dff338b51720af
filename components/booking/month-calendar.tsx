"use client";
import clsx from "clsx";

// A month grid (Monday first) of local dates; days with slots are buttons, the rest are quiet;
// the booking being moved has its day ringed.
const WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

export function MonthCalendar({
  month,
  available,
  selected,
  marked = null,
  onSelect,
  onPrev,
  onNext,
  canPrev,
  canNext,
  loading,
}: {
  month: string; // YYYY-MM
  available: Set<string>;
  selected: string | null;
  /** The current booking's date, when moving one. */
  marked?: string | null;
  onSelect: (date: string) => void;
  onPrev: () => void;
  onNext: () => void;
  canPrev: boolean;
  canNext: boolean;
  loading: boolean;
}) {
  const [year, m] = month.split("-").map(Number);
  const first = new Date(Date.UTC(year, m - 1, 1));
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const title = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "long", year: "numeric" }).format(first);
  const cells: (string | null)[] = [...Array(lead).fill(null), ...Array.from({ length: daysInMonth }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`)];
  return (
    <div>
      <div className="mb-3 flex items-center justify-between">
        <button type="button" onClick={onPrev} disabled={!canPrev} aria-label="Previous month" className="rounded-md px-3 py-2 text-gray-700 hover:bg-gray-100 disabled:opacity-30">
          ‹
        </button>
        <h3 className="text-sm font-semibold text-gray-900" aria-live="polite">
          {title}
        </h3>
        <button type="button" onClick={onNext} disabled={!canNext} aria-label="Next month" className="rounded-md px-3 py-2 text-gray-700 hover:bg-gray-100 disabled:opacity-30">
          ›
        </button>
      </div>
      <div className={clsx("grid grid-cols-7 gap-1 text-center", loading && "animate-pulse opacity-60")} role="grid" aria-busy={loading}>
        {WEEKDAYS.map((d) => (
          <div key={d} className="py-1 text-xs font-medium text-gray-500">
            {d}
          </div>
        ))}
        {cells.map((date, i) =>
          date === null ? (
            <div key={`blank-${i}`} />
          ) : available.has(date) ? (
            <button
              key={date}
              type="button"
              onClick={() => onSelect(date)}
              aria-pressed={selected === date}
              aria-label={`${labelOf(date)}, available${marked === date ? ", your current booking" : ""}`}
              className={clsx("aspect-square rounded-full text-sm font-semibold transition", selected === date ? "bg-brand-600 text-white" : "bg-brand-50 text-brand-700 hover:bg-brand-100", marked === date && "ring-2 ring-amber-500 ring-offset-1")}
            >
              {Number(date.slice(8))}
            </button>
          ) : (
            <div
              key={date}
              className={clsx("grid aspect-square place-items-center rounded-full text-sm text-gray-300", marked === date && "font-semibold text-gray-700 ring-2 ring-amber-500 ring-offset-1")}
              aria-label={`${labelOf(date)}, no times${marked === date ? ", your current booking" : ""}`}
            >
              {Number(date.slice(8))}
            </div>
          ),
        )}
      </div>
      {marked?.startsWith(month) && (
        <p className="mt-2 flex items-center gap-2 text-xs text-gray-600">
          <span aria-hidden className="inline-block size-3 rounded-full ring-2 ring-amber-500" />
          Your current booking
        </p>
      )}
    </div>
  );
}

const labelOf = (date: string) => new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" }).format(new Date(`${date}T12:00:00Z`));
