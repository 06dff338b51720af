import clsx from "clsx";
import Link from "next/link";
import type { CalendarBlock, CalendarLayout } from "@/lib/booking/build-booking-calendar";
import { bookingBlockClasses } from "./booking-status-badge";

const PX_PER_MINUTE = 0.8;

/** The desktop calendar: an hour axis, a column per date, a lane per staff member inside it. */
export function CalendarGrid({ layout, slug, timeZone, dateLabels }: { layout: CalendarLayout; slug: string; timeZone: string; dateLabels: string[] }) {
  const origin = layout.firstHour * 60;
  const height = (layout.lastHour - layout.firstHour) * 60 * PX_PER_MINUTE;
  const y = (minute: number) => (Math.min(Math.max(minute, origin), layout.lastHour * 60) - origin) * PX_PER_MINUTE;
  const hours = Array.from({ length: layout.lastHour - layout.firstHour }, (_, i) => layout.firstHour + i);
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  const manyLanes = (layout.lanesByDate[0]?.length ?? 0) > 1;
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
      <div className="flex w-full min-w-[48rem]">
        <div className="w-12 shrink-0 border-r border-gray-200">
          <div className={clsx("border-b border-gray-200", manyLanes ? "h-16" : "h-10")} />
          <div className="relative" style={{ height }}>
            {hours.map((h) => (
              <span key={h} className="absolute right-1 -translate-y-1/2 text-[11px] text-gray-500" style={{ top: (h * 60 - origin) * PX_PER_MINUTE }}>
                {h > layout.firstHour ? `${String(h).padStart(2, "0")}:00` : ""}
              </span>
            ))}
          </div>
        </div>
        {layout.dates.map((date, i) => (
          <div key={date} className="min-w-0 flex-1 border-r border-gray-200 last:border-r-0">
            <div className="border-b border-gray-200 px-2 py-2 text-center text-sm font-medium text-gray-900">{dateLabels[i]}</div>
            {manyLanes && (
              <div className="flex border-b border-gray-200">
                {layout.lanesByDate[i].map((lane) => (
                  <div key={lane.staffId} className="min-w-0 flex-1 truncate px-1 py-1 text-center text-[11px] text-gray-600" title={lane.staffName}>{lane.staffName}</div>
                ))}
              </div>
            )}
            <div className="relative flex" style={{ height }}>
              {hours.map((h) => (
                <div key={h} aria-hidden className="pointer-events-none absolute inset-x-0 z-10 border-t border-gray-100" style={{ top: (h * 60 - origin) * PX_PER_MINUTE }} />
              ))}
              {layout.lanesByDate[i].map((lane) => (
                <div key={lane.staffId} className="relative min-w-0 flex-1 border-r border-gray-100 bg-gray-100 last:border-r-0" aria-label={`${lane.staffName}, ${dateLabels[i]}`}>
                  {lane.work.map((w) => (
                    <div key={w.top} className="absolute inset-x-0 bg-white" style={{ top: y(w.top), height: y(w.bottom) - y(w.top) }} />
                  ))}
                  {lane.blocks.map((b) => (
                    <Block key={b.id} block={b} slug={slug} y={y} label={time.format(b.startsAt)} />
                  ))}
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

function Block({ block: b, slug, y, label }: { block: CalendarBlock; slug: string; y: (m: number) => number; label: string }) {
  const top = y(b.top);
  const height = Math.max(y(b.bottom) - top, 18);
  return (
    <>
      {(b.bufferTop < b.top || b.bufferBottom > b.bottom) && (
        <div aria-hidden className="absolute inset-x-0.5 z-20 rounded bg-[repeating-linear-gradient(45deg,#e5e7eb_0,#e5e7eb_4px,#f9fafb_4px,#f9fafb_8px)]" style={{ top: y(b.bufferTop), height: y(b.bufferBottom) - y(b.bufferTop) }} title="Buffer" />
      )}
      <Link
        href={`/${slug}/bookings/${b.id}`}
        className={clsx("absolute inset-x-0.5 z-30 overflow-hidden rounded border-l-4 px-1 py-0.5 text-[11px] leading-tight shadow-sm hover:z-40 hover:shadow-md", bookingBlockClasses[b.status])}
        style={{ top, height }}
        title={`${label} ${b.clientName} · ${b.serviceName}`}
      >
        <span className="font-semibold">{label}</span> <span>{b.clientName}</span>
        <span className="block truncate opacity-80">{b.serviceName}</span>
      </Link>
    </>
  );
}
