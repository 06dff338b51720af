// Daily ticket sales into a continuous cumulative series (pure): days without sales are filled
// in so the line climbs honestly, and it starts from zero the day before the first sale (one day
// of sales is a line, not a dot); at most `maxDays` (the most recent ones) are kept.
export type DailySales = { day: string; sold: number; revenue: number };
export type SalesPoint = DailySales & { cumulative: number };

const nextDay = (day: string, days = 1) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function buildSalesSeries(rows: DailySales[], maxDays = 366): SalesPoint[] {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => a.day.localeCompare(b.day));
  const byDay = new Map(sorted.map((r) => [r.day, r]));
  const points: SalesPoint[] = [{ day: nextDay(sorted[0].day, -1), sold: 0, revenue: 0, cumulative: 0 }];
  let cumulative = 0;
  for (let day = sorted[0].day; day <= sorted[sorted.length - 1].day; day = nextDay(day)) {
    const r = byDay.get(day) ?? { day, sold: 0, revenue: 0 };
    cumulative += r.sold;
    points.push({ day, sold: r.sold, revenue: r.revenue, cumulative });
  }
  return points.slice(-maxDays);
}
