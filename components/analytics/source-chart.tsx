"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { Bucket } from "@/lib/analytics/client";
import type { RevenuePoint } from "@/lib/analytics/client";
import { formatMoney } from "@/lib/format";
import { CHART_COLORS, axisProps, chartStyle } from "./chart-theme";
import { formatMoneyCompact, periodLabel, periodTitle } from "./format-analytics";

/** Revenue per period, stacked by where it was sold: tickets vs bookings. */
export function SourceChart({ data, bucket, currency }: { data: RevenuePoint[]; bucket: Bucket; currency: string }) {
  return (
    <BarChart responsive style={chartStyle} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
      <CartesianGrid vertical={false} stroke="#e5e7eb" />
      <XAxis dataKey="period" tickFormatter={(p: string) => periodLabel(p, bucket)} {...axisProps} minTickGap={16} />
      <YAxis tickFormatter={(v: number) => formatMoneyCompact(v, currency)} {...axisProps} width={64} />
      <Tooltip labelFormatter={(p) => periodTitle(String(p), bucket)} formatter={(value) => formatMoney(Number(value), currency)} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="ticketRevenue" name="Tickets" stackId="s" fill={CHART_COLORS.tickets} maxBarSize={48} />
      <Bar dataKey="bookingRevenue" name="Bookings" stackId="s" fill={CHART_COLORS.bookings} radius={[3, 3, 0, 0]} maxBarSize={48} />
    </BarChart>
  );
}
