// One look for every analytics chart.
export const CHART_COLORS = {
  primary: "#4f46e5", // brand-600
  secondary: "#f59e0b", // amber-500
  tickets: "#6366f1", // brand-500
  bookings: "#10b981", // emerald-500
  newCustomers: "#10b981",
  returning: "#4f46e5",
} as const;

export const chartStyle = { width: "100%", height: 280 } as const;

export const axisProps = { tick: { fontSize: 12, fill: "#6b7280" }, tickLine: false, axisLine: false } as const;

/** Axis ticks for counts: 950, 12K, 1.2M. */
export const formatCountTick = (v: number) => new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(v);
