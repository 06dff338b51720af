"use client";
import clsx from "clsx";
import { useEffect, useMemo, useState } from "react";
import { initialPickerDate, localDate, pickShownDay } from "@/lib/booking/client";
import { MonthCalendar } from "./month-calendar";

// Month calendar + the chosen day's times, in the client's zone, from the public slots API.
export type PickedSlot = { start: string; label: string; dayLabel: string };
type Day = { date: string; label: string; slots: { start: string; label: string }[] };

export function SlotPicker({
  slotsPath,
  staff,
  timeZone,
  windowDays,
  selected,
  onSelect,
  refreshKey = 0,
  bookedStart = null,
}: {
  /** The slots API for one service: the public one, or the dashboard's (short notice allowed). */
  slotsPath: string;
  staff: string;
  timeZone: string;
  windowDays: number | null;
  selected: PickedSlot | null;
  onSelect: (slot: PickedSlot | null) => void;
  refreshKey?: number;
  /** The booking being moved (its start, ISO): the calendar opens on its day, marked. */
  bookedStart?: string | null;
}) {
  const start = useMemo(() => initialPickerDate({ now: new Date(), timeZone, current: bookedStart ? new Date(bookedStart) : null, windowDays }), [timeZone, bookedStart, windowDays]);
  const { today, lastMonth } = start;
  const [month, setMonth] = useState(start.month);
  const [days, setDays] = useState<Day[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [day, setDay] = useState<string | null>(start.day);
  const booked = bookedStart ? { date: localDate(new Date(bookedStart), timeZone), time: new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(new Date(bookedStart)) } : null;

  useEffect(() => {
    const controller = new AbortController();
    setDays(null);
    setError(null);
    const query = new URLSearchParams({ from: `${month}-01`, to: nextMonth(month), staff, tz: timeZone });
    fetch(`${slotsPath}${slotsPath.includes("?") ? "&" : "?"}${query}`, { signal: controller.signal, cache: "no-store" })
      .then(async (res) => {
        const body = await res.json();
        if (!res.ok) throw new Error(body?.error?.message ?? "Could not load times.");
        setDays(body.days as Day[]);
        setDay((shown) =>
          pickShownDay(
            (body.days as Day[]).map((d) => d.date),
            shown,
          ),
        );
      })
      .catch((err: Error) => {
        if (err.name !== "AbortError") setError(err.message || "Could not load times. Check your connection and try again.");
      });
    return () => controller.abort();
  }, [slotsPath, staff, timeZone, month, refreshKey]);

  const available = useMemo(() => new Set((days ?? []).map((d) => d.date)), [days]);
  const current = days?.find((d) => d.date === day) ?? null;

  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <MonthCalendar
        month={month}
        available={available}
        selected={day}
        marked={booked?.date ?? null}
        loading={days === null && !error}
        onSelect={(d) => {
          setDay(d);
          onSelect(null);
        }}
        canPrev={month > today.slice(0, 7)}
        canNext={lastMonth === null || month < lastMonth}
        onPrev={() => setMonth(prevMonth(month))}
        onNext={() => setMonth(nextMonth(month).slice(0, 7))}
      />
      <div>
        {error ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {error}
          </p>
        ) : days === null ? (
          <p className="text-sm text-gray-500" aria-live="polite">
            Loading times…
          </p>
        ) : !current ? (
          <p className="rounded-md border border-dashed border-gray-300 px-4 py-6 text-center text-sm text-gray-600">No free times in this month.{(lastMonth === null || month < lastMonth) && " Try the next month."}</p>
        ) : (
          <>
            <h3 className="mb-2 text-sm font-semibold text-gray-900">{current.label}</h3>
            {booked?.date === current.date && (
              <p className="mb-2 text-sm text-gray-600">
                Your booking now: <b>{booked.time}</b>. Pick a new time below.
              </p>
            )}
            <ul className="grid grid-cols-3 gap-2 sm:grid-cols-3" aria-label={`Times on ${current.label}`}>
              {current.slots.map((s) => (
                <li key={s.start}>
                  <button
                    type="button"
                    aria-pressed={selected?.start === s.start}
                    onClick={() => onSelect({ start: s.start, label: s.label, dayLabel: current.label })}
                    className={clsx("w-full rounded-md border px-2 py-2 text-sm font-medium transition", selected?.start === s.start ? "border-brand-600 bg-brand-600 text-white" : "border-brand-200 text-brand-700 hover:border-brand-500")}
                  >
                    {s.label}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}
function prevMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}
