"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/analytics/chart-card";
import { axisProps, CHART_COLORS, chartStyle, formatCountTick } from "@/components/analytics/chart-theme";
import type { MessagesPerDay } from "@/lib/bots/client";

const dayLabel = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** Messages received and sent per day over the last 30 days. */
export function MessagesChart({ data }: { data: MessagesPerDay[] }) {
  const empty = data.every((d) => d.in === 0 && d.out === 0);
  return (
    <ChartCard
      title="Messages per day"
      description="Last 30 days: received from subscribers and sent by the bot or your team."
      empty={empty}
      emptyText="No messages in the last 30 days."
      chart={
        <BarChart responsive style={chartStyle} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey="day" tickFormatter={dayLabel} {...axisProps} minTickGap={16} />
          <YAxis tickFormatter={formatCountTick} allowDecimals={false} {...axisProps} width={40} />
          <Tooltip labelFormatter={(d) => dayLabel(String(d))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="in" name="Received" fill={CHART_COLORS.secondary} maxBarSize={24} />
          <Bar dataKey="out" name="Sent" fill={CHART_COLORS.primary} radius={[3, 3, 0, 0]} maxBarSize={24} />
        </BarChart>
      }
      table={
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-gray-500">
              <th className="py-1 font-medium">Day</th>
              <th className="py-1 text-right font-medium">Received</th>
              <th className="py-1 text-right font-medium">Sent</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.day} className="border-t border-gray-100">
                <td className="py-1">{dayLabel(d.day)}</td>
                <td className="py-1 text-right tabular-nums">{d.in}</td>
                <td className="py-1 text-right tabular-nums">{d.out}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
