// Money typed by a person or read from a CSV cell ("12.50", "1,234.50", "12,50") to integer
// minor units, by string arithmetic only: "0.1" is exactly 10 cents, never 10.000000000000002.
// The number of decimals comes from the currency (EUR 2, JPY 0, KWD 3), as formatMoney uses it.
export const MAX_MINOR = 2_147_483_647; // the Int columns (cost, revenue, dailyBudget)

export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export type MoneyResult = { ok: true; minor: number } | { ok: false; error: string };

const SPACES = /[\s\u00a0\u202f']/g; // "1 234,50", "1'234.50"
const US_GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/; // 1,234 or 1,234.50
const EU_GROUPED = /^\d{1,3}(\.\d{3})+,\d+$/; // 1.234,50 (a decimal part is required: "1.234" stays a decimal)
const DECIMAL_COMMA = /^\d+,\d+$/; // 12,50
const PLAIN = /^(\d*)(?:\.(\d*))?$/;

/** Parses a non-negative amount in major units; blank is an error (callers decide what blank means). */
export function parseMoney(input: string, currency: string): MoneyResult {
  const digits = currencyDigits(currency);
  const example = digits === 0 ? "1250" : `12.${"50".padEnd(digits, "0")}`;
  let s = String(input ?? "")
    .trim()
    .replace(SPACES, "");
  if (s === "") return { ok: false, error: "Enter an amount" };
  if (/^[-−]/.test(s)) return { ok: false, error: "The amount cannot be negative" };
  if (US_GROUPED.test(s)) s = s.replace(/,/g, "");
  else if (EU_GROUPED.test(s)) s = s.replace(/\./g, "").replace(",", ".");
  else if (DECIMAL_COMMA.test(s)) {
    // "12,50" is a decimal comma; "1,234" matched the grouping above.
    s = s.replace(",", ".");
  }
  const m = PLAIN.exec(s);
  if (!m || (m[1] === "" && !m[2])) return { ok: false, error: `Enter an amount like ${example}` };
  const whole = m[1] || "0";
  const fraction = (m[2] ?? "").replace(/0+$/, ""); // "12.500" is fine for a 2-decimal currency
  if (fraction.length > digits) return { ok: false, error: digits === 0 ? `${currency} amounts have no decimals` : `Use at most ${digits} decimals` };
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
  if (minor > BigInt(MAX_MINOR)) return { ok: false, error: "The amount is too large" };
  return { ok: true, minor: Number(minor) };
}

/** Minor units back to the plain decimal a form field shows ("1250" -> "12.50" for EUR). */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const negative = minor < 0;
  const s = String(Math.abs(Math.round(minor))).padStart(digits + 1, "0");
  const out = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return negative ? `-${out}` : out;
}
