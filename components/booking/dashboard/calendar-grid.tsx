import clsx from "clsx";
import Link from "next/link";
import type { CalendarBlock, CalendarLayout } from "@/lib/booking";
import { bookingStatusLabels } from "@/lib/booking";
import { bookingBlockClasses } from "./booking-status-badge";

const PX_PER_MINUTE = 1.2;
// Lanes never shrink below this: with many staff the grid scrolls sideways instead of cutting names.
const LANE_MIN_PX = 128;
const AXIS_PX = 48;
// Below this height a block has room for one line: the client's name (time and the rest on hover/focus).
const ONE_LINE_PX = 34;

/** The desktop calendar: an hour axis, a column per date, a lane per staff member inside it. */
export function CalendarGrid({ layout, slug, timeZone, dateLabels }: { layout: CalendarLayout; slug: string; timeZone: string; dateLabels: string[] }) {
  const origin = layout.firstHour * 60;
  const height = (layout.lastHour - layout.firstHour) * 60 * PX_PER_MINUTE;
  const y = (minute: number) => (Math.min(Math.max(minute, origin), layout.lastHour * 60) - origin) * PX_PER_MINUTE;
  const hours = Array.from({ length: layout.lastHour - layout.firstHour }, (_, i) => layout.firstHour + i);
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  const lanes = layout.lanesByDate[0]?.length ?? 0;
  const manyLanes = lanes > 1;
  const columnMin = Math.max(lanes, 1) * LANE_MIN_PX;
  const minWidth = AXIS_PX + layout.dates.length * columnMin;
  return (
    <>
      {/* Wider than most screens' content area: say so, since overlay scrollbars hide until used. */}
      {minWidth > 1000 && <p className="mb-2 text-xs text-gray-500">Scroll sideways for the whole {layout.dates.length > 1 ? "week" : "day"}, or hide staff above.</p>}
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
        <div className="flex w-full" style={{ minWidth }}>
          <div className="sticky left-0 z-40 shrink-0 border-r border-gray-200 bg-white" style={{ width: AXIS_PX }}>
            <div className={clsx("border-b border-gray-200", manyLanes ? "h-[69px]" : "h-10")} />
            <div className="relative" style={{ height }}>
              {hours.map((h) => (
                <span key={h} className="absolute right-1 -translate-y-1/2 text-[11px] text-gray-500" style={{ top: (h * 60 - origin) * PX_PER_MINUTE }}>
                  {h > layout.firstHour ? `${String(h).padStart(2, "0")}:00` : ""}
                </span>
              ))}
            </div>
          </div>
          {layout.dates.map((date, i) => (
            <div key={date} className="flex-1 border-r border-gray-200 last:border-r-0" style={{ minWidth: columnMin }}>
              <div className="flex h-10 items-center justify-center border-b border-gray-200 px-2 text-sm font-medium text-gray-900">{dateLabels[i]}</div>
              {manyLanes && (
                <div className="flex border-b border-gray-200">
                  {layout.lanesByDate[i].map((lane) => (
                    <div key={lane.staffId} className="h-7 min-w-0 flex-1 truncate px-1 text-center text-xs leading-7 text-gray-700" title={lane.staffName}>
                      {lane.staffName}
                    </div>
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
                      <Block key={b.id} block={b} slug={slug} y={y} staffName={lane.staffName} start={time.format(b.startsAt)} end={time.format(b.endsAt)} below={y(b.top) < height / 2} alignRight={i === layout.dates.length - 1 && i > 0} />
                    ))}
                  </div>
                ))}
              </div>
            </div>
          ))}
        </div>
      </div>
    </>
  );
}

function Block({ block: b, slug, y, staffName, start, end, below, alignRight }: { block: CalendarBlock; slug: string; y: (m: number) => number; staffName: string; start: string; end: string; below: boolean; alignRight: boolean }) {
  const top = y(b.top);
  const height = Math.max(y(b.bottom) - top, 18);
  const oneLine = height < ONE_LINE_PX;
  const tipId = `tip-${b.id}-${b.top}`;
  return (
    <>
      {(b.bufferTop < b.top || b.bufferBottom > b.bottom) && (
        <div aria-hidden className="absolute inset-x-0.5 z-20 rounded bg-[repeating-linear-gradient(45deg,#e5e7eb_0,#e5e7eb_4px,#f9fafb_4px,#f9fafb_8px)]" style={{ top: y(b.bufferTop), height: y(b.bufferBottom) - y(b.bufferTop) }} title="Buffer" />
      )}
      <div className="group absolute inset-x-0.5 z-30 hover:z-50 focus-within:z-50" style={{ top, height }}>
        <Link
          href={`/${slug}/bookings/${b.id}`}
          aria-describedby={tipId}
          className={clsx(
            "block h-full overflow-hidden rounded border-l-4 px-1.5 text-xs leading-4 shadow-sm group-hover:shadow-md focus-visible:outline-2 focus-visible:outline-brand-600",
            oneLine ? "flex items-center" : "py-0.5",
            bookingBlockClasses[b.status],
          )}
        >
          {/* The client's name comes first and gets the whole line; the time follows below (a
              short block leaves it to the tooltip). Screen readers hear "10:00 Name" either way. */}
          <span className="block min-w-0 truncate font-semibold">
            <span className="sr-only">{start} </span>
            {b.clientName}
          </span>
          {!oneLine && (
            <span className="block truncate opacity-80">
              <span aria-hidden>{start} · </span>
              {b.serviceName}
            </span>
          )}
        </Link>
        <div
          role="tooltip"
          id={tipId}
          className={clsx(
            "pointer-events-none invisible absolute z-50 w-max max-w-64 rounded-md bg-gray-900 px-2.5 py-1.5 text-xs leading-5 text-white shadow-lg group-focus-within:visible group-hover:visible",
            below ? "top-full mt-1" : "bottom-full mb-1",
            alignRight ? "right-0" : "left-0",
          )}
        >
          <span className="block font-semibold">
            {start}–{end} · {b.clientName}
          </span>
          <span className="block">
            {b.serviceName} with {staffName}
          </span>
          <span className="block text-gray-300">{bookingStatusLabels[b.status]}</span>
        </div>
      </div>
    </>
  );
}
