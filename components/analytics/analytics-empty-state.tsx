import Link from "next/link";
import { MINIMUMS } from "@/lib/analytics";
import { formatDateTime } from "@/lib/format";

/** What analytics need and when they appear; shown wherever nothing has been computed yet. */
export function DataRequirements() {
  return (
    <ul className="mx-auto mt-3 max-w-xl list-disc space-y-1 pl-5 text-left text-sm text-gray-600">
      <li>RFM segments: every customer with at least one paid order.</li>
      <li>Clusters: at least {MINIMUMS.kmeansCustomers} customers with paid orders.</li>
      <li>
        Purchase predictions (P(alive), expected purchases, churn risk): at least {MINIMUMS.bgnbdCustomers} customers, {MINIMUMS.bgnbdRepeatCustomers} of them with a repeat purchase.
      </li>
      <li>Expected order value and 12-month CLV: at least {MINIMUMS.gammaGammaRepeatCustomers} repeat customers with spend.</li>
    </ul>
  );
}

export function AnalyticsNotComputed({ slug, compact = false }: { slug: string; compact?: boolean }) {
  const body = (
    <>
      <p className="mx-auto max-w-xl text-sm text-gray-600">Analytics are computed from paid orders (tickets and bookings, in your organization&apos;s currency), so dashboards read stored scores instead of refitting models on every visit.</p>
      <DataRequirements />
      <p className="mx-auto mt-3 max-w-xl text-sm text-gray-600">
        The nightly run fills this in, or use <strong>Recompute now</strong> on the{" "}
        <Link href={`/${slug}/analytics`} className="text-brand-700 hover:underline">
          Overview
        </Link>{" "}
        to compute it right away.
      </p>
    </>
  );
  if (compact) {
    return (
      <section aria-labelledby="not-computed-title" className="mb-6 rounded-lg border border-brand-100 bg-brand-50 px-5 py-4 text-center">
        <h2 id="not-computed-title" className="text-sm font-semibold text-gray-900">
          Segments and predictions are not computed yet
        </h2>
        <div className="mt-1">{body}</div>
      </section>
    );
  }
  return (
    <div className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-12 text-center">
      <h2 className="text-base font-semibold text-gray-900">Nothing computed yet</h2>
      <div className="mt-2">{body}</div>
    </div>
  );
}

/** Why the last run skipped a model ("Clusters need at least 20 customers (have 12)."). */
export function ModelNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div role="note" className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-medium">Not enough data for every model yet</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}

/** "Computed Mar 10, 2025, 3:00 AM GMT+1 · 1,234 customers scored", in the org's zone as on the Overview. */
export function ComputedAt({ computedAt, customers, timezone }: { computedAt: Date | null; customers: number; timezone: string }) {
  if (!computedAt) return null;
  return (
    <p className="mb-4 text-sm text-gray-500">
      Computed <time dateTime={computedAt.toISOString()}>{formatDateTime(computedAt, timezone, { zone: true })}</time> · {customers.toLocaleString("en-US")} {customers === 1 ? "customer" : "customers"} scored
    </p>
  );
}
