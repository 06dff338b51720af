"use client";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/analytics/chart-card";
import { CHART_COLORS, axisProps, chartStyle, formatCountTick } from "@/components/analytics/chart-theme";
import { DataTable } from "@/components/analytics/data-table";
import { periodLabel, periodTitle } from "@/components/analytics/format-analytics";
import { formatMoney } from "@/lib/format";
import type { SalesPoint } from "@/lib/ticketing/client";
import type { TypeSales } from "@/lib/ticketing/client";

const count = (n: number) => n.toLocaleString("en-US");

/** Tickets sold to date (line) and per day (bars in the table). */
export function SalesOverTimeChart({ series, currency }: { series: SalesPoint[]; currency: string }) {
  return (
    <ChartCard
      title="Tickets sold over time"
      description="Cumulative, by day of sale in the event's time zone; canceled and refunded tickets left out."
      empty={series.length === 0}
      emptyText="No tickets sold yet."
      chart={
        <LineChart responsive style={chartStyle} data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey="day" tickFormatter={(d: string) => periodLabel(d, "day")} {...axisProps} minTickGap={16} />
          <YAxis allowDecimals={false} tickFormatter={formatCountTick} {...axisProps} width={44} />
          <Tooltip labelFormatter={(d) => periodTitle(String(d), "day")} formatter={(v) => count(Number(v))} />
          <Line dataKey="cumulative" name="Tickets sold" stroke={CHART_COLORS.primary} strokeWidth={2} dot={series.length <= 31 ? { r: 2 } : false} type="monotone" />
        </LineChart>
      }
      table={<DataTable caption="Tickets sold per day" head={["Day", "Sold", "To date", "Revenue"]} rows={series.map((p) => [periodTitle(p.day, "day"), count(p.sold), count(p.cumulative), formatMoney(p.revenue, currency)])} />}
    />
  );
}

/** Sold vs capacity per ticket type. */
export function SalesByTypeChart({ types, currency }: { types: TypeSales[]; currency: string }) {
  const data = types.map((t) => ({ ...t, left: Math.max(t.capacity - t.sold, 0) }));
  return (
    <ChartCard
      title="By ticket type"
      description="Sold and still available per ticket type."
      empty={types.length === 0 || types.every((t) => t.sold === 0)}
      emptyText={types.length === 0 ? "This event has no ticket types yet." : "No tickets sold yet."}
      chart={
        <BarChart responsive style={chartStyle} data={data} layout="vertical" margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
          <CartesianGrid horizontal={false} stroke="#e5e7eb" />
          <XAxis type="number" allowDecimals={false} tickFormatter={formatCountTick} {...axisProps} />
          <YAxis type="category" dataKey="name" {...axisProps} width={96} />
          <Tooltip formatter={(v) => count(Number(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="sold" name="Sold" stackId="s" fill={CHART_COLORS.primary} maxBarSize={32} />
          <Bar dataKey="left" name="Available" stackId="s" fill="#cbd5e1" radius={[0, 3, 3, 0]} maxBarSize={32} />
        </BarChart>
      }
      table={<DataTable caption="Tickets sold by type" head={["Ticket type", "Sold", "Capacity", "Revenue"]} rows={types.map((t) => [t.name, count(t.sold), count(t.capacity), formatMoney(t.revenue, currency)])} />}
    />
  );
}
