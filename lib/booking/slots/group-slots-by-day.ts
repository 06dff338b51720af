// UTC slots -> the days and times a client sees in their own time zone (switchable on the
// public booking page): one entry per local date that has slots, for the month calendar and
// the day's list of times. Pure.
import { AppError } from "@/lib/errors";
import { buildZoneTimeline, formatLocalDate, formatLocalTime, isoWeekday, MS_PER_DAY, startOfLocalDate } from "../calendar/build-zone-timeline";
import type { Slot, Weekday } from "../types";

export interface LocalSlot extends Slot {
  /** Wall clock in the client's zone, "HH:MM" (24-hour), for sorting and values. */
  time: string;
  /**
   * For people, e.g. "9:00 AM" or "09:00". When one wall time appears twice in a day (the
   * fall-back hour), both carry the zone abbreviation: "1:30 AM EDT", "1:30 AM EST".
   */
  label: string;
}

export interface SlotDay {
  /** The client-local date, "YYYY-MM-DD". */
  date: string;
  weekday: Weekday;
  /** For people, e.g. "Sunday, March 29". */
  label: string;
  slots: LocalSlot[];
}

export interface GroupSlotsByDayOptions {
  slots: readonly Slot[];
  /** The client's IANA time zone. */
  timeZone: string;
  /** BCP 47 locale for labels; default "en-US". */
  locale?: string;
  /** Force 12- or 24-hour labels; default: the locale's habit. */
  hourCycle?: "h12" | "h23";
}

export function groupSlotsByDay(options: GroupSlotsByDayOptions): SlotDay[] {
  const { timeZone, locale = "en-US", hourCycle } = options;
  if (options.slots.length === 0) return [];
  const slots = [...options.slots].sort((a, b) => a.start.getTime() - b.start.getTime());
  const timeline = buildZoneTimeline({
    timeZone,
    from: slots[0].start.getTime() - MS_PER_DAY,
    to: slots[slots.length - 1].start.getTime() + MS_PER_DAY,
  });
  const { timeFormat, zonedTimeFormat, dayFormat } = getFormats(locale, timeZone, hourCycle);

  const days: SlotDay[] = [];
  let current: SlotDay | null = null;
  let currentMidnight = NaN;
  // A wall time's "HH:MM" and label do not depend on the day (twins are relabelled below).
  const times = new Map<number, [time: string, label: string]>();
  for (const slot of slots) {
    const local = timeline.toLocal(slot.start.getTime());
    const midnight = startOfLocalDate(local);
    if (!current || midnight !== currentMidnight) {
      currentMidnight = midnight;
      current = { date: formatLocalDate(midnight), weekday: isoWeekday(midnight), label: dayFormat.format(midnight + MS_PER_DAY / 2), slots: [] };
      days.push(current);
    }
    let time = times.get(local - midnight);
    if (!time) times.set(local - midnight, (time = [formatLocalTime(local), timeFormat.format(slot.start)]));
    current.slots.push({ start: slot.start, end: slot.end, staffIds: slot.staffIds, time: time[0], label: time[1] });
  }
  for (const day of days) {
    const seen = new Map<string, number>();
    for (const slot of day.slots) seen.set(slot.time, (seen.get(slot.time) ?? 0) + 1);
    for (const slot of day.slots) {
      if (seen.get(slot.time)! > 1) slot.label = zonedTimeFormat.format(slot.start);
    }
  }
  return days;
}

interface Formats {
  timeFormat: Intl.DateTimeFormat;
  zonedTimeFormat: Intl.DateTimeFormat;
  dayFormat: Intl.DateTimeFormat;
}

// Building an Intl.DateTimeFormat costs far more than using one: keep them per page kind.
const formatCache = new Map<string, Formats>();

function getFormats(locale: string, timeZone: string, hourCycle: "h12" | "h23" | undefined): Formats {
  const key = `${locale}|${timeZone}|${hourCycle ?? ""}`;
  const cached = formatCache.get(key);
  if (cached) return cached;
  try {
    // 24-hour clocks read "09:00", 12-hour ones "9:00 AM".
    const probe = new Intl.DateTimeFormat(locale, { timeZone, hour: "numeric", hourCycle }).resolvedOptions();
    const twentyFour = probe.hourCycle === "h23" || probe.hourCycle === "h24";
    const time = { timeZone, hour: twentyFour ? "2-digit" : "numeric", minute: "2-digit", hourCycle } as const;
    const formats = {
      timeFormat: new Intl.DateTimeFormat(locale, time),
      zonedTimeFormat: new Intl.DateTimeFormat(locale, { ...time, timeZoneName: "short" }),
      // Day labels format the local date itself, written as UTC: no zone arithmetic twice.
      dayFormat: new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" }),
    };
    if (formatCache.size > 200) formatCache.clear();
    formatCache.set(key, formats);
    return formats;
  } catch {
    throw new AppError("BAD_INPUT", `"${locale}" is not a known locale or "${timeZone}" not a known time zone.`);
  }
}
