// Purchase log -> one row per customer with frequency, recency, T and monetary_value exactly as
// lifetimes' summary_data_from_transaction_data defines them with freq="D" (and, for weeks,
// freq_multiplier=7): purchases on the same calendar day (UTC) are one purchase (their values
// summed), the first purchase day is not a repeat, and only purchases up to the calibration end
// (inclusive) count. Weeks are days / 7, the convention of the published CDNOW summary.

export type TimeUnit = "days" | "weeks";

export type Transaction = {
  customerId: string;
  /** A Date (its UTC calendar day is used) or an ISO date / date-time string. */
  date: Date | string;
  amount?: number;
};

export type CustomerSummary = {
  customerId: string;
  /** Repeat purchase periods: distinct purchase days minus one. */
  frequency: number;
  /** Time from the first to the last purchase, in the unit. */
  recency: number;
  /** Time from the first purchase to the calibration end, in the unit. */
  T: number;
  /** Mean value of the repeat purchases (same-day purchases summed first); 0 when frequency is 0. */
  monetary_value: number;
  /** Not in lifetimes: every purchase value up to the calibration end, first purchase included. */
  total_value: number;
};

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (UTC) of a Date or an ISO date string; throws on anything unparseable. */
export function toDayNumber(date: Date | string): number {
  if (typeof date === "string") {
    const m = ISO_DAY.exec(date);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const ms = Date.UTC(y, mo - 1, d);
      const check = new Date(ms);
      if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) throw new Error(`Invalid date "${date}"`);
      return ms / DAY_MS;
    }
    const ms = Date.parse(date);
    if (Number.isNaN(ms)) throw new Error(`Invalid date "${date}"`);
    return Math.floor(ms / DAY_MS);
  }
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new Error("Invalid date");
  return Math.floor(ms / DAY_MS);
}

/** Summarise a purchase log per customer, customers in order of their first appearance in the log. */
export function summarizeTransactions({ transactions, calibrationEnd, unit = "days" }: { transactions: readonly Transaction[]; calibrationEnd: Date | string; unit?: TimeUnit }): CustomerSummary[] {
  const endDay = toDayNumber(calibrationEnd);
  const perUnit = unit === "weeks" ? 7 : 1;
  const index = new Map<string, number>();
  const ids: string[] = [];
  const n = transactions.length;
  const customerOf = new Int32Array(n);
  const days = new Float64Array(n);
  const amounts = new Float64Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const t = transactions[i];
    const day = toDayNumber(t.date);
    if (day > endDay) continue;
    const amount = t.amount ?? 0;
    if (!Number.isFinite(amount)) throw new Error(`Invalid amount for customer ${t.customerId}`);
    let c = index.get(t.customerId);
    if (c === undefined) {
      c = ids.length;
      index.set(t.customerId, c);
      ids.push(t.customerId);
    }
    customerOf[kept] = c;
    days[kept] = day;
    amounts[kept] = amount;
    kept++;
  }

  // Bucket the kept purchases by customer (counting sort), then sort each small bucket by day.
  const m = ids.length;
  const start = new Int32Array(m + 1);
  for (let i = 0; i < kept; i++) start[customerOf[i] + 1]++;
  for (let c = 0; c < m; c++) start[c + 1] += start[c];
  const fill = start.slice(0, m);
  const bDays = new Float64Array(kept);
  const bAmounts = new Float64Array(kept);
  for (let i = 0; i < kept; i++) {
    const p = fill[customerOf[i]]++;
    bDays[p] = days[i];
    bAmounts[p] = amounts[i];
  }

  const rows: CustomerSummary[] = new Array(m);
  for (let c = 0; c < m; c++) {
    const lo = start[c],
      hi = start[c + 1];
    // Insertion sort: buckets are small (a customer's purchases), and it keeps the two arrays in step.
    for (let i = lo + 1; i < hi; i++) {
      const d = bDays[i],
        a = bAmounts[i];
      let j = i - 1;
      while (j >= lo && bDays[j] > d) {
        bDays[j + 1] = bDays[j];
        bAmounts[j + 1] = bAmounts[j];
        j--;
      }
      bDays[j + 1] = d;
      bAmounts[j + 1] = a;
    }
    const first = bDays[lo];
    let last = first,
      periods = 1,
      total = 0,
      repeatTotal = 0;
    for (let i = lo; i < hi; i++) {
      total += bAmounts[i];
      if (bDays[i] !== first) repeatTotal += bAmounts[i];
      if (i > lo && bDays[i] !== bDays[i - 1]) {
        periods++;
        last = bDays[i];
      }
    }
    const frequency = periods - 1;
    rows[c] = {
      customerId: ids[c],
      frequency,
      recency: (last - first) / perUnit,
      T: (endDay - first) / perUnit,
      monetary_value: frequency > 0 ? repeatTotal / frequency : 0,
      total_value: total,
    };
  }
  return rows;
}
