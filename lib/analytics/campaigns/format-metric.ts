import { formatMoney } from "@/lib/format";

// Display of campaign metrics: a null ratio (its denominator was 0) is "—".
export const DASH = "—";

export function formatPercent(value: number | null, digits = 2): string {
  return value === null ? DASH : `${(value * 100).toFixed(digits)}%`;
}

export function formatRoas(value: number | null): string {
  return value === null ? DASH : `${value.toFixed(2)}×`;
}

export function formatMoneyOrDash(minor: number | null, currency: string): string {
  return minor === null ? DASH : formatMoney(minor, currency);
}

/** A cost per click or per conversion: below a tenth of a major unit it keeps up to two more decimals (€0.0025, not €0.00). */
export function formatUnitCost(minor: number | null, currency: string): string {
  if (minor === null) return DASH;
  const digits = new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const major = minor / 10 ** digits;
  if (major === 0 || Math.abs(major) >= 0.1) return formatMoney(minor, currency);
  return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits + 2 }).format(major);
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat("en-US").format(n);
}
