import clsx from "clsx";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { CalendarView } from "@/lib/booking";
import { toggleShownStaff } from "@/lib/booking";

type Props = { base: string; view: CalendarView; date: string; prev: string; next: string; today: string; staff: string[] | null; staffOptions: { id: string; name: string }[]; title: string; timeZone: string };

/** Previous / today / next, day or week, and a show/hide toggle per staff member: all links, so the URL is the state. */
export function CalendarToolbar({ base, view, date, prev, next, today, staff, staffOptions, title, timeZone }: Props) {
  const href = (params: { view?: CalendarView; date?: string; staff?: string | null }) => {
    const shown = params.staff === undefined ? staff?.join(",") : params.staff;
    const q = new URLSearchParams({ view: params.view ?? view, date: params.date ?? date, ...(shown ? { staff: shown } : {}) });
    return `${base}?${q}`;
  };
  const ids = staffOptions.map((s) => s.id);
  const isShown = (id: string) => !staff || staff.includes(id);
  const chip = "inline-flex max-w-full items-center gap-1.5 rounded-full border px-3 py-1 text-sm";
  const tab = (v: CalendarView, label: string) => (
    <Link href={href({ view: v })} aria-current={view === v ? "page" : undefined} className={clsx("px-3 py-1.5 text-sm font-medium", view === v ? "bg-brand-600 text-white" : "bg-white text-gray-700 hover:bg-gray-50")}>
      {label}
    </Link>
  );
  return (
    <div className="mb-4 space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex gap-1">
          <Link href={href({ date: prev })} className={buttonClass("secondary", "px-2.5")} aria-label={`Previous ${view}`}>
            ‹
          </Link>
          <Link href={href({ date: today })} className={buttonClass("secondary")}>
            Today
          </Link>
          <Link href={href({ date: next })} className={buttonClass("secondary", "px-2.5")} aria-label={`Next ${view}`}>
            ›
          </Link>
        </div>
        <h2 className="text-lg font-semibold text-gray-900">{title}</h2>
        <div className="ml-auto flex overflow-hidden rounded-md border border-gray-300 shadow-sm">
          {tab("day", "Day")}
          {tab("week", "Week")}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {staffOptions.length > 1 && (
          <div role="group" aria-label="Staff shown" className="flex flex-wrap items-center gap-2">
            <span className="text-sm text-gray-700">Staff</span>
            {staffOptions.map((s) => {
              const shown = isShown(s.id);
              const last = shown && (staff ?? ids).length === 1;
              const look = clsx(chip, shown ? "border-brand-300 bg-brand-50 text-brand-800" : "border-gray-300 bg-white text-gray-500 line-through decoration-gray-400");
              const mark = <span aria-hidden className={clsx("size-2 shrink-0 rounded-full", shown ? "bg-brand-600" : "bg-gray-300")} />;
              // The last one shown stays: an empty calendar helps nobody.
              return last ? (
                <span key={s.id} className={look} title="At least one staff member stays shown">
                  {mark}
                  <span className="truncate">{s.name}</span>
                </span>
              ) : (
                <Link key={s.id} href={href({ staff: toggleShownStaff(staff, s.id, ids) })} aria-label={`${shown ? "Hide" : "Show"} ${s.name}`} className={clsx(look, "hover:border-brand-500")}>
                  {mark}
                  <span className="truncate">{s.name}</span>
                </Link>
              );
            })}
            {staff && (
              <Link href={href({ staff: null })} className="text-sm font-medium text-brand-700 hover:underline">
                Show everyone
              </Link>
            )}
          </div>
        )}
        <p className="text-xs text-gray-500 sm:ml-auto">Times in {timeZone} · grey: outside working hours · striped: buffers</p>
      </div>
    </div>
  );
}
