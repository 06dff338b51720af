import clsx from "clsx";
import Link from "next/link";

/** Quick ranges as links and a from/to GET form: the range lives in the URL, other query values are kept. */
export function RangeForm({ basePath, from, to, presets, keep = {} }: { basePath: string; from: string; to: string; presets: { label: string; from: string; to: string }[]; keep?: Record<string, string | undefined> }) {
  const kept = Object.entries(keep).filter((e): e is [string, string] => Boolean(e[1]));
  const href = (p: { from: string; to: string }) => `${basePath}?${new URLSearchParams([...kept, ["from", p.from], ["to", p.to]])}`;
  const pill = "rounded-md px-3 py-1.5 text-sm font-medium";
  const input = "rounded-md border border-gray-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500";
  return (
    <div className="mb-5 flex flex-wrap items-end justify-between gap-3">
      <nav aria-label="Date range" className="flex flex-wrap gap-1 rounded-lg border border-gray-200 bg-white p-1 shadow-sm">
        {presets.map((p) => {
          const active = p.from === from && p.to === to;
          return (
            <Link key={p.label} href={href(p)} aria-current={active ? "page" : undefined} className={clsx(pill, active ? "bg-brand-600 text-white" : "text-gray-700 hover:bg-gray-100")}>
              {p.label}
            </Link>
          );
        })}
      </nav>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-2" aria-label="Custom date range">
        {kept.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <div>
          <label htmlFor="range-from" className="block text-xs font-medium text-gray-600">
            From
          </label>
          <input id="range-from" name="from" type="date" defaultValue={from} required className={input} />
        </div>
        <div>
          <label htmlFor="range-to" className="block text-xs font-medium text-gray-600">
            To
          </label>
          <input id="range-to" name="to" type="date" defaultValue={to} required className={input} />
        </div>
        <button type="submit" className={clsx(pill, "border border-gray-300 bg-white text-gray-800 shadow-sm hover:bg-gray-50")}>
          Apply
        </button>
      </form>
    </div>
  );
}
