// Where the slot picker's month calendar opens: on the booked day when a booking is being moved
// (its month, that day picked), otherwise on today. A booking outside what can be shown (in the
// past, or beyond the booking window) opens on today. Dates are local to `timeZone`. Pure.
export type PickerStart = { today: string; month: string; day: string | null; lastMonth: string | null };

export function initialPickerDate({ now, timeZone, current = null, windowDays }: { now: Date; timeZone: string; current?: Date | null; windowDays: number | null }): PickerStart {
  const today = localDate(now, timeZone);
  const lastMonth = windowDays === null ? null : localDate(new Date(Date.parse(`${today}T12:00:00Z`) + windowDays * 86_400_000), "UTC").slice(0, 7);
  const booked = current ? localDate(current, timeZone) : null;
  if (booked && booked >= today && (lastMonth === null || booked.slice(0, 7) <= lastMonth)) return { today, month: booked.slice(0, 7), day: booked, lastMonth };
  return { today, month: today.slice(0, 7), day: null, lastMonth };
}

/** The day to show among those with free times: the wanted one, else the next after it, else the last before it. */
export function pickShownDay(dates: string[], wanted: string | null): string | null {
  if (dates.length === 0) return null;
  if (!wanted) return dates[0];
  return dates.find((d) => d >= wanted) ?? dates[dates.length - 1];
}

export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
