"use client";
import { useId, useState } from "react";

/**
 * A chart with a title, an empty state and a "Show table" toggle: the table holds the same
 * numbers as the chart, for screen readers and for reading exact values.
 */
export function ChartCard({
  title,
  description,
  empty,
  emptyText = "Nothing in this range yet.",
  chart,
  table,
  className,
}: {
  title: string;
  description?: string;
  empty: boolean;
  emptyText?: string;
  chart: React.ReactNode;
  table: React.ReactNode;
  className?: string;
}) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className={`rounded-lg border border-gray-200 bg-white p-5 shadow-sm ${className ?? ""}`}>
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`${id}-title`} className="text-base font-semibold text-gray-900">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-xs text-gray-500">{description}</p>}
        </div>
        {!empty && (
          <button
            type="button"
            onClick={() => setShowTable((v) => !v)}
            aria-pressed={showTable}
            aria-controls={`${id}-body`}
            className="rounded-md border border-gray-300 bg-white px-2.5 py-1 text-xs font-medium text-gray-700 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            {showTable ? "Show chart" : "Show table"}
          </button>
        )}
      </div>
      <div id={`${id}-body`}>
        {empty ? (
          <div className="flex min-h-40 items-center justify-center rounded-md border border-dashed border-gray-200 bg-gray-50 px-4 py-10 text-center text-sm text-gray-500">{emptyText}</div>
        ) : showTable ? (
          <div className="max-h-96 overflow-auto">{table}</div>
        ) : (
          chart
        )}
      </div>
    </section>
  );
}
