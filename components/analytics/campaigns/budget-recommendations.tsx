import clsx from "clsx";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { BudgetPlan } from "@/lib/analytics";
import { formatMoney } from "@/lib/format";

/**
 * Where tomorrow's budget should go: a GET form (total, objective, minimum share; the range and
 * other query values are kept) and one row per campaign with today's share, the recommendation
 * and the reason in words.
 */
export function BudgetRecommendations({
  basePath,
  plan,
  currency,
  values,
  keep,
  errors,
  rangeLabel,
  excluded,
}: {
  basePath: string;
  plan: BudgetPlan;
  currency: string;
  values: { budget: string; objective: string; minShare: string };
  keep: Record<string, string>;
  errors: string[];
  rangeLabel: string;
  excluded: { ended: number; otherCurrency: number };
}) {
  const input = "block w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500";
  const max = Math.max(1, ...plan.items.flatMap((i) => [i.current, i.recommended]));
  const goal = plan.objective === "roas" ? "better ROAS" : "lower CPA";
  return (
    <section aria-labelledby="budget-title" className="mt-8 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
      <h3 id="budget-title" className="text-base font-semibold text-gray-900">
        Budget recommendations
      </h3>
      <p className="mt-1 max-w-3xl text-sm text-gray-600">
        Moves a daily budget toward {goal} using {rangeLabel}, in steps of at most ×2 or ÷2, and never below the minimum share, so every campaign keeps learning. Ended campaigns are left out.
      </p>
      <form method="get" action={basePath} className="mt-4 flex flex-wrap items-end gap-3" aria-label="Budget settings">
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <div className="w-44">
          <label htmlFor="budget" className="block text-xs font-medium text-gray-600">
            Total per day ({currency})
          </label>
          <input id="budget" name="budget" inputMode="decimal" defaultValue={values.budget} className={input} autoComplete="off" />
        </div>
        <div className="w-44">
          <label htmlFor="objective" className="block text-xs font-medium text-gray-600">
            Optimise for
          </label>
          <Select name="objective" defaultValue={values.objective}>
            <option value="roas">Best ROAS</option>
            <option value="cpa">Lowest CPA</option>
          </Select>
        </div>
        <div className="w-36">
          <label htmlFor="minShare" className="block text-xs font-medium text-gray-600">
            Minimum share (%)
          </label>
          <input id="minShare" name="minShare" inputMode="decimal" defaultValue={values.minShare} className={input} autoComplete="off" />
        </div>
        <Button type="submit" variant="secondary">
          Recalculate
        </Button>
      </form>
      {errors.length > 0 && (
        <ul role="alert" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {errors.map((e) => (
            <li key={e}>{e} Using the default instead.</li>
          ))}
        </ul>
      )}
      {plan.items.length === 0 ? (
        <p className="mt-4 text-sm text-gray-500">No running campaigns in {currency} to split a budget across.</p>
      ) : (
        <>
          <p className="mt-4 text-sm text-gray-700">
            {formatMoney(plan.total, currency)} per day across {plan.items.length} campaign{plan.items.length === 1 ? "" : "s"}, at least {formatMoney(plan.minimum, currency)} each. Average{" "}
            {plan.objective === "roas" ? `ROAS ${plan.average === null ? "—" : plan.average.toFixed(2)}` : `CPA ${plan.average === null ? "—" : formatMoney(Math.round(plan.average), currency)}`}.
          </p>
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full divide-y divide-gray-200 text-sm">
              <caption className="sr-only">Recommended daily budget per campaign</caption>
              <thead>
                <tr className="text-xs font-semibold uppercase tracking-wide text-gray-500">
                  <th scope="col" className="px-3 py-2 text-left">
                    Campaign
                  </th>
                  <th scope="col" className="whitespace-nowrap px-3 py-2 text-right">
                    Now / day
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Recommended
                  </th>
                  <th scope="col" className="hidden px-3 py-2 text-left md:table-cell">
                    <span className="sr-only">Bar</span>
                  </th>
                  <th scope="col" className="hidden px-3 py-2 text-left sm:table-cell">
                    Why
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {plan.items.map((i) => {
                  const up = i.recommended > i.current;
                  const down = i.recommended < i.current;
                  return (
                    <tr key={i.id}>
                      <th scope="row" className="px-3 py-2.5 text-left align-top font-normal">
                        <span className="block max-w-56 truncate font-medium text-gray-900" title={i.name}>
                          {i.name}
                        </span>
                        <span className="mt-0.5 block min-w-40 text-xs text-gray-600 sm:hidden">{i.reason}</span>
                      </th>
                      <td className="whitespace-nowrap px-3 py-2.5 text-right align-top tabular-nums text-gray-600">{formatMoney(i.current, currency)}</td>
                      <td className={clsx("whitespace-nowrap px-3 py-2.5 text-right align-top font-semibold tabular-nums", up ? "text-green-700" : down ? "text-red-700" : "text-gray-900")}>{formatMoney(i.recommended, currency)}</td>
                      <td className="hidden w-40 px-3 py-2.5 md:table-cell" aria-hidden>
                        <div className="relative h-2.5 rounded-full bg-gray-100">
                          <div className="absolute inset-y-0 left-0 rounded-full bg-gray-300" style={{ width: `${(i.current / max) * 100}%` }} />
                          <div className={clsx("absolute inset-y-0.5 left-0 rounded-full", up ? "bg-green-500" : down ? "bg-red-400" : "bg-brand-500")} style={{ width: `${(i.recommended / max) * 100}%` }} />
                        </div>
                      </td>
                      <td className="hidden min-w-64 px-3 py-2.5 text-gray-700 sm:table-cell">{i.reason}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      {(excluded.ended > 0 || excluded.otherCurrency > 0) && (
        <p className="mt-3 text-xs text-gray-500">Left out: {[excluded.ended && `${excluded.ended} ended`, excluded.otherCurrency && `${excluded.otherCurrency} in another currency`].filter(Boolean).join(", ")}.</p>
      )}
    </section>
  );
}
