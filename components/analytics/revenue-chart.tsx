"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { Bucket } from "@/lib/analytics/client";
import type { RevenuePoint } from "@/lib/analytics/client";
import { formatMoney } from "@/lib/format";
import { CHART_COLORS, axisProps, chartStyle, formatCountTick } from "./chart-theme";
import { formatMoneyCompact, periodLabel, periodTitle } from "./format-analytics";

/** Revenue (bars, left axis) and paid orders (line, right axis) per period. */
export function RevenueChart({ data, bucket, currency }: { data: RevenuePoint[]; bucket: Bucket; currency: string }) {
  return (
    <ComposedChart responsive style={chartStyle} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
      <CartesianGrid vertical={false} stroke="#e5e7eb" />
      <XAxis dataKey="period" tickFormatter={(p: string) => periodLabel(p, bucket)} {...axisProps} minTickGap={16} />
      <YAxis yAxisId="revenue" tickFormatter={(v: number) => formatMoneyCompact(v, currency)} {...axisProps} width={64} />
      <YAxis yAxisId="orders" orientation="right" allowDecimals={false} tickFormatter={formatCountTick} {...axisProps} width={44} />
      <Tooltip labelFormatter={(p) => periodTitle(String(p), bucket)} formatter={(value, name) => (name === "Revenue" ? formatMoney(Number(value), currency) : Number(value).toLocaleString("en-US"))} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar yAxisId="revenue" dataKey="revenue" name="Revenue" fill={CHART_COLORS.primary} radius={[3, 3, 0, 0]} maxBarSize={48} />
      <Line yAxisId="orders" dataKey="orders" name="Orders" stroke={CHART_COLORS.secondary} strokeWidth={2} dot={data.length <= 31 ? { r: 2 } : false} type="linear" />
    </ComposedChart>
  );
}
