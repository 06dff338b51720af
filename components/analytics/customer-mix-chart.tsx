"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { CustomerMixPoint } from "@/lib/analytics/client";
import type { Bucket } from "@/lib/analytics/client";
import { CHART_COLORS, axisProps, chartStyle, formatCountTick } from "./chart-theme";
import { periodLabel, periodTitle } from "./format-analytics";

/** Buyers per period, stacked: first purchase ever in the period (new) or before it (returning). */
export function CustomerMixChart({ data, bucket }: { data: CustomerMixPoint[]; bucket: Bucket }) {
  return (
    <BarChart responsive style={chartStyle} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
      <CartesianGrid vertical={false} stroke="#e5e7eb" />
      <XAxis dataKey="period" tickFormatter={(p: string) => periodLabel(p, bucket)} {...axisProps} minTickGap={16} />
      <YAxis allowDecimals={false} tickFormatter={formatCountTick} {...axisProps} width={44} />
      <Tooltip labelFormatter={(p) => periodTitle(String(p), bucket)} formatter={(value) => Number(value).toLocaleString("en-US")} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="newCustomers" name="New" stackId="c" fill={CHART_COLORS.newCustomers} maxBarSize={48} />
      <Bar dataKey="returningCustomers" name="Returning" stackId="c" fill={CHART_COLORS.returning} radius={[3, 3, 0, 0]} maxBarSize={48} />
    </BarChart>
  );
}
