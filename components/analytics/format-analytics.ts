// Display helpers for the analytics views; pure, usable from server and client components.
import type { Bucket } from "@/lib/analytics/client";
import { formatMoney } from "@/lib/format";

const dateOf = (period: string) => {
  const [y, m, d] = period.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d || 1));
};

/** A period start (YYYY-MM-DD, local) as a short axis label: "Mar 5", "Mar 3" (week of), "Mar 2025". */
export function periodLabel(period: string, bucket: Bucket): string {
  const opts: Intl.DateTimeFormatOptions = bucket === "month" ? { month: "short", year: "numeric", timeZone: "UTC" } : { month: "short", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat("en-US", opts).format(dateOf(period));
}

/** The long form for tables and tooltips: "Wed, Mar 5, 2025", "Week of Mar 3, 2025", "March 2025". */
export function periodTitle(period: string, bucket: Bucket): string {
  const d = dateOf(period);
  if (bucket === "month") return new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(d);
  const day = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }).format(d);
  return bucket === "week" ? `Week of ${day}` : day;
}

export const bucketNoun = { day: "day", week: "week", month: "month" } as const;

/** "€1.2K" style money for axes, minor units in. */
export function formatMoneyCompact(minor: number, currency: string): string {
  const digits = new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat("en-US", { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }).format(minor / 10 ** digits);
}

/** Money for values that are averages or predictions (fractional minor units are fine). */
export const formatMoneyValue = (minor: number | null | undefined, currency: string) => (minor === null || minor === undefined || !Number.isFinite(minor) ? "—" : formatMoney(Math.round(minor), currency));

export const formatPercent = (share: number, digits = 0) => `${(share * 100).toFixed(digits)}%`;

export const formatNumber = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** P(alive) etc.: 0.734 -> "73%"; null -> "—". */
export const formatProbability = (p: number | null | undefined) => (p === null || p === undefined ? "—" : `${Math.round(p * 100)}%`);

export const formatDecimal = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? "—" : formatNumber(n, digits));

export const churnLabels = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" } as const;
export const churnTones = { LOW: "green", MEDIUM: "amber", HIGH: "red" } as const;
