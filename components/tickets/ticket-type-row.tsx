import { formatMoney } from "@/lib/format";
import type { PublicTicketType } from "@/lib/ticketing/client";

const stateLabel = { NOT_YET_ON_SALE: "Not on sale yet", SALE_ENDED: "Sale ended", SOLD_OUT: "Sold out", ON_SALE: "" } as const;

/** One ticket type: name, price, availability, and a quantity picker while it is on sale. */
export function TicketTypeRow({ type, quantity, onChange, error, blocked }: { type: PublicTicketType; quantity: number; onChange: (n: number) => void; error?: string; blocked?: string }) {
  const max = Math.min(type.maxPerOrder, type.remaining);
  const selectable = type.state === "ON_SALE" && !blocked;
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-4">
      <div className="min-w-0 flex-1">
        <p className="font-medium text-gray-900">
          {type.name} {type.unlocked && <span className="ml-1 rounded-full bg-brand-100 px-2 py-0.5 text-xs text-brand-700">Unlocked</span>}
        </p>
        <p className="text-sm text-gray-700">{type.price > 0 ? formatMoney(type.price, type.currency) : "Free"}</p>
        {type.description && <p className="mt-1 text-sm text-gray-600">{type.description}</p>}
        {type.state === "ON_SALE" && type.remaining <= 10 && <p className="mt-1 text-xs font-medium text-amber-700">Only {type.remaining} left</p>}
        {blocked && type.state === "ON_SALE" && <p className="mt-1 text-xs text-gray-600">{blocked}</p>}
        {error && (
          <p id={`q-${type.id}-error`} role="alert" className="mt-1 text-xs text-red-600">
            {error}
          </p>
        )}
      </div>
      {selectable ? (
        <label className="flex items-center gap-2 text-sm text-gray-700">
          <span className="sr-only">Quantity of {type.name}</span>
          <select
            value={quantity}
            onChange={(e) => onChange(Number(e.target.value))}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `q-${type.id}-error` : undefined}
            className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500"
          >
            {Array.from({ length: max + 1 }, (_, n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span className="rounded-full bg-gray-100 px-2.5 py-1 text-xs font-medium text-gray-700">{type.state === "NOT_YET_ON_SALE" && type.onSaleFrom ? `On sale ${type.onSaleFrom}` : stateLabel[type.state] || "Not available online"}</span>
      )}
    </li>
  );
}
