// Display helpers shared by pages; amounts are integers in minor units.
export function formatMoney(minor: number, currency: string, locale = "en-US"): string {
  const digits = new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 10 ** digits);
}

// Every date and time on screen goes through these, always with an explicit time zone: the org's
// (ctx.timezone), an event's or a staff member's. A server component has no zone of its own but
// the server's (UTC), and a client one the viewer's, so leaving it out shows one instant as two
// times. `zone: true` adds the zone's name ("GMT+1") where a reader could assume another zone.
type TimeOptions = { zone?: boolean };
type When = Date | string | number;

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "dateTime" | "date" | "time", timeZone: string, zone: boolean): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}|${zone}`;
  let f = formats.get(key);
  if (!f) {
    const date: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric" };
    const time: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };
    const parts = kind === "date" ? date : kind === "time" ? time : { ...date, ...time };
    f = new Intl.DateTimeFormat("en-US", { ...parts, timeZone, ...(zone ? { timeZoneName: "short" } : {}) });
    formats.set(key, f);
  }
  return f;
}

/** "Dec 7, 2026, 1:04 PM" (zone: "Dec 7, 2026, 1:04 PM GMT+1"). */
export function formatDateTime(date: When, timeZone: string, { zone = false }: TimeOptions = {}): string {
  return formatter("dateTime", timeZone, zone).format(new Date(date));
}

/** "Dec 7, 2026" (zone: with the zone's name, for a day that depends on it). */
export function formatDate(date: When, timeZone: string, { zone = false }: TimeOptions = {}): string {
  return formatter("date", timeZone, zone).format(new Date(date));
}

/** "1:04 PM" (zone: "1:04 PM GMT+1"). */
export function formatTime(date: When, timeZone: string, { zone = false }: TimeOptions = {}): string {
  return formatter("time", timeZone, zone).format(new Date(date));
}

/** The viewer's own zone, for client components that have no org zone to hand; label what it formats. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
