import clsx from "clsx";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { CalendarView } from "@/lib/booking/build-booking-calendar";

type Props = { base: string; view: CalendarView; date: string; prev: string; next: string; today: string; staff?: string; staffOptions: { id: string; name: string }[]; title: string; timeZone: string };

/** Previous / today / next, day or week, and the staff filter: links and a GET form, so the URL is the state. */
export function CalendarToolbar({ base, view, date, prev, next, today, staff, staffOptions, title, timeZone }: Props) {
  const href = (params: { view?: CalendarView; date?: string }) => {
    const q = new URLSearchParams({ view: params.view ?? view, date: params.date ?? date, ...(staff ? { staff } : {}) });
    return `${base}?${q}`;
  };
  const tab = (v: CalendarView, label: string) => (
    <Link href={href({ view: v })} aria-current={view === v ? "page" : undefined} className={clsx("px-3 py-1.5 text-sm font-medium", view === v ? "bg-brand-600 text-white" : "bg-white text-gray-700 hover:bg-gray-50")}>
      {label}
    </Link>
  );
  return (
    <div className="mb-4 space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex gap-1">
          <Link href={href({ date: prev })} className={buttonClass("secondary", "px-2.5")} aria-label={`Previous ${view}`}>‹</Link>
          <Link href={href({ date: today })} className={buttonClass("secondary")}>Today</Link>
          <Link href={href({ date: next })} className={buttonClass("secondary", "px-2.5")} aria-label={`Next ${view}`}>›</Link>
        </div>
        <h2 className="text-lg font-semibold text-gray-900">{title}</h2>
        <div className="ml-auto flex overflow-hidden rounded-md border border-gray-300 shadow-sm">
          {tab("day", "Day")}
          {tab("week", "Week")}
        </div>
      </div>
      <form method="get" action={base} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="view" value={view} />
        <input type="hidden" name="date" value={date} />
        <label htmlFor="staff" className="text-sm text-gray-700">Staff</label>
        <div className="w-48">
          <Select name="staff" defaultValue={staff ?? ""}>
            <option value="">Everyone</option>
            {staffOptions.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">Show</Button>
        <p className="text-xs text-gray-500 sm:ml-auto">Times in {timeZone} · grey: outside working hours · striped: buffers</p>
      </form>
    </div>
  );
}
