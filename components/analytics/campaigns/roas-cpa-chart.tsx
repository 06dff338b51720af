"use client";
import { useId, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

// ROAS (left axis) and CPA (right axis, money) per day. A day without spend has no ROAS and a
// day without conversions has no CPA: those points are gaps, not zeros. "Show table" gives the
// same numbers as text.
export type RoasCpaPoint = { date: string; roas: number | null; cpa: number | null };

const COLORS = { roas: "#4f46e5", cpa: "#f59e0b" };
const axis = { tick: { fontSize: 12, fill: "#6b7280" }, tickLine: false, axisLine: false } as const;
const dayLabel = (iso: string) => new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
const dayTitle = (iso: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

export function RoasCpaChart({ points, currency, digits }: { points: RoasCpaPoint[]; currency: string; digits: number }) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  // CPA arrives in minor units; the axis shows major units.
  const data = points.map((p) => ({ ...p, cpa: p.cpa === null ? null : p.cpa / 10 ** digits }));
  const money = (v: number) => new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: digits }).format(v);
  const empty = data.every((p) => p.roas === null && p.cpa === null);
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`${id}-title`} className="text-base font-semibold text-gray-900">
            ROAS and CPA over time
          </h3>
          <p className="mt-0.5 text-xs text-gray-500">Per day. Gaps are days without spend (no ROAS) or without conversions (no CPA).</p>
        </div>
        {!empty && (
          <button
            type="button"
            onClick={() => setShowTable((v) => !v)}
            aria-pressed={showTable}
            className="rounded-md border border-gray-300 bg-white px-2.5 py-1 text-xs font-medium text-gray-700 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            {showTable ? "Show chart" : "Show table"}
          </button>
        )}
      </div>
      {empty ? (
        <div className="flex min-h-40 items-center justify-center rounded-md border border-dashed border-gray-200 bg-gray-50 px-4 py-10 text-center text-sm text-gray-500">No spend in this range yet. Import daily metrics to see ROAS and CPA.</div>
      ) : showTable ? (
        <div className="max-h-96 overflow-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">ROAS and CPA per day</caption>
            <thead className="sticky top-0 bg-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
                  Date
                </th>
                <th scope="col" className="px-3 py-2 text-right text-xs font-semibold uppercase tracking-wide text-gray-500">
                  ROAS
                </th>
                <th scope="col" className="px-3 py-2 text-right text-xs font-semibold uppercase tracking-wide text-gray-500">
                  CPA
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {data.map((p) => (
                <tr key={p.date}>
                  <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-normal text-gray-700">
                    {dayTitle(p.date)}
                  </th>
                  <td className="px-3 py-1.5 text-right tabular-nums">{p.roas === null ? "—" : `${p.roas.toFixed(2)}×`}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{p.cpa === null ? "—" : money(p.cpa)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <LineChart responsive style={{ width: "100%", height: 300 }} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey="date" tickFormatter={dayLabel} {...axis} minTickGap={16} />
          <YAxis yAxisId="roas" tickFormatter={(v: number) => `${v}×`} {...axis} width={48} />
          <YAxis yAxisId="cpa" orientation="right" tickFormatter={(v: number) => money(v)} {...axis} width={64} />
          <Tooltip labelFormatter={(d) => dayTitle(String(d))} formatter={(value, name) => (value === null || value === undefined ? "—" : name === "ROAS" ? `${Number(value).toFixed(2)}×` : money(Number(value)))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line yAxisId="roas" dataKey="roas" name="ROAS" stroke={COLORS.roas} strokeWidth={2} dot={data.length <= 45 ? { r: 2 } : false} type="monotone" connectNulls={false} isAnimationActive={false} />
          <Line yAxisId="cpa" dataKey="cpa" name="CPA" stroke={COLORS.cpa} strokeWidth={2} dot={data.length <= 45 ? { r: 2 } : false} type="monotone" connectNulls={false} isAnimationActive={false} />
        </LineChart>
      )}
    </section>
  );
}
