// The Overview's date range: a preset or a custom from/to from the query string, as local dates
// in the org's time zone, the UTC instants that bound them and the period (day/week/month) the
// charts group by. Pure; a bad custom range falls back to the default with a message.
import { Temporal } from "temporal-polyfill";

export const RANGE_PRESETS = [
  { id: "30d", label: "30 days" },
  { id: "90d", label: "90 days" },
  { id: "12m", label: "12 months" },
  { id: "all", label: "All time" },
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number]["id"] | "custom";
export type Bucket = "day" | "week" | "month";

export const DEFAULT_PRESET = "12m";
/** The longest custom range, so a typo like 0025-01-01 cannot ask for two thousand years. */
export const MAX_RANGE_DAYS = 366 * 20;

export type DateRange = {
  preset: RangePreset;
  /** First and last local day of the range (inclusive), YYYY-MM-DD in the org time zone. */
  fromDate: string;
  toDate: string;
  /** UTC instants: from the start of fromDate to the start of the day after toDate (exclusive). */
  from: Date;
  to: Date;
  bucket: Bucket;
  /** Why the custom from/to in the URL was not used. */
  error?: string;
};

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string | undefined): Temporal.PlainDate | null {
  if (!value || !DATE_RE.test(value)) return null;
  try {
    return Temporal.PlainDate.from(value, { overflow: "reject" });
  } catch {
    return null;
  }
}

/** Charts with a sensible number of points: days up to ~6 weeks, weeks up to ~6 months, then months. */
export function bucketFor(days: number): Bucket {
  if (days <= 45) return "day";
  if (days <= 200) return "week";
  return "month";
}

/** The start of the period that holds `date` (weeks start on Monday, like Postgres date_trunc). */
export function truncateDate(date: Temporal.PlainDate, bucket: Bucket): Temporal.PlainDate {
  if (bucket === "day") return date;
  if (bucket === "week") return date.subtract({ days: date.dayOfWeek - 1 });
  return date.with({ day: 1 });
}

/** Every period start (YYYY-MM-DD) from the period of fromDate through the period of toDate. */
export function listPeriods(fromDate: string, toDate: string, bucket: Bucket): string[] {
  const end = Temporal.PlainDate.from(toDate);
  const out: string[] = [];
  for (let d = truncateDate(Temporal.PlainDate.from(fromDate), bucket); Temporal.PlainDate.compare(d, end) <= 0; d = d.add(bucket === "day" ? { days: 1 } : bucket === "week" ? { weeks: 1 } : { months: 1 })) {
    out.push(d.toString());
  }
  return out;
}

const startOfDay = (date: Temporal.PlainDate, timeZone: string) => new Date(date.toZonedDateTime({ timeZone }).epochMilliseconds);

export function getDateRange({
  range,
  from,
  to,
  timezone,
  now = new Date(),
  firstPaidAt = null,
}: {
  range?: string;
  from?: string;
  to?: string;
  timezone: string;
  now?: Date;
  /** The org's first paid order, for "all time" (none: all time is today only). */
  firstPaidAt?: Date | null;
}): DateRange {
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timezone).toPlainDate();
  const build = (preset: RangePreset, fromDate: Temporal.PlainDate, toDate: Temporal.PlainDate, error?: string): DateRange => {
    const bucket = bucketFor(fromDate.until(toDate, { largestUnit: "days" }).days + 1);
    if (bucket === "month") {
      // Charted by month: whole months (up to today; this only widens the range, so the bucket
      // stays), so no bar is a cut-off month and the month rollups answer exactly.
      fromDate = fromDate.with({ day: 1 });
      const monthEnd = toDate.with({ day: toDate.daysInMonth });
      toDate = Temporal.PlainDate.compare(monthEnd, today) <= 0 ? monthEnd : Temporal.PlainDate.compare(toDate, today) >= 0 ? toDate : today;
    }
    return {
      preset,
      fromDate: fromDate.toString(),
      toDate: toDate.toString(),
      from: startOfDay(fromDate, timezone),
      to: startOfDay(toDate.add({ days: 1 }), timezone),
      bucket,
      ...(error ? { error } : {}),
    };
  };
  const preset = (id: string, error?: string): DateRange => {
    switch (id) {
      case "30d":
        return build("30d", today.subtract({ days: 29 }), today, error);
      case "90d":
        return build("90d", today.subtract({ days: 89 }), today, error);
      case "all": {
        const first = firstPaidAt ? Temporal.Instant.fromEpochMilliseconds(firstPaidAt.getTime()).toZonedDateTimeISO(timezone).toPlainDate() : today;
        return build("all", Temporal.PlainDate.compare(first, today) < 0 ? first : today, today, error);
      }
      default:
        // Twelve calendar months, this one included, so every month bar is a whole month but the last.
        return build("12m", today.with({ day: 1 }).subtract({ months: 11 }), today, error);
    }
  };

  if (from !== undefined || to !== undefined || range === "custom") {
    const f = parseDate(from?.trim()),
      t = parseDate(to?.trim());
    if (!from?.trim() || !to?.trim()) return preset(DEFAULT_PRESET, "Choose both a start and an end date.");
    if (!f || !t) return preset(DEFAULT_PRESET, "Dates must be real days written as YYYY-MM-DD.");
    if (Temporal.PlainDate.compare(f, t) > 0) return preset(DEFAULT_PRESET, "The start date must be on or before the end date.");
    if (f.year < 2000 || t.year > today.year + 1) return preset(DEFAULT_PRESET, "Dates must be between the year 2000 and next year.");
    if (f.until(t, { largestUnit: "days" }).days + 1 > MAX_RANGE_DAYS) return preset(DEFAULT_PRESET, "A range can span at most 20 years.");
    return build("custom", f, t);
  }
  return preset(RANGE_PRESETS.some((p) => p.id === range) ? range! : DEFAULT_PRESET);
}
