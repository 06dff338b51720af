import clsx from "clsx";
import Link from "next/link";
import { RANGE_PRESETS, type DateRange } from "@/lib/analytics";

/** Presets as links and a custom from/to as a plain GET form: the range lives in the URL, no JS needed. */
export function DateRangePicker({ basePath, range, values }: { basePath: string; range: DateRange; values: { from?: string; to?: string } }) {
  const pill = "rounded-md px-3 py-1.5 text-sm font-medium";
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <nav aria-label="Date range" className="flex flex-wrap gap-1 rounded-lg border border-gray-200 bg-white p-1 shadow-sm">
        {RANGE_PRESETS.map((p) => {
          const active = range.preset === p.id;
          return (
            <Link key={p.id} href={p.id === "12m" ? basePath : `${basePath}?range=${p.id}`} aria-current={active ? "page" : undefined} className={clsx(pill, active ? "bg-brand-600 text-white" : "text-gray-700 hover:bg-gray-100")}>
              {p.label}
            </Link>
          );
        })}
      </nav>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-2" aria-label="Custom date range">
        <DateInput name="from" label="From" defaultValue={values.from ?? range.fromDate} error={range.error} />
        <DateInput name="to" label="To" defaultValue={values.to ?? range.toDate} error={range.error} />
        <button type="submit" className={clsx(pill, "border border-gray-300 bg-white text-gray-800 shadow-sm hover:bg-gray-50", range.preset === "custom" && "border-brand-500 text-brand-700")}>
          Apply
        </button>
      </form>
      {range.error && (
        <p id="range-error" role="alert" className="w-full rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {range.error} Showing the last 12 months instead.
        </p>
      )}
    </div>
  );
}

function DateInput({ name, label, defaultValue, error }: { name: "from" | "to"; label: string; defaultValue: string; error?: string }) {
  return (
    <div>
      <label htmlFor={`range-${name}`} className="block text-xs font-medium text-gray-600">
        {label}
      </label>
      <input
        id={`range-${name}`}
        name={name}
        type="date"
        required
        defaultValue={defaultValue}
        className="rounded-md border border-gray-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? "range-error" : undefined}
      />
    </div>
  );
}
