import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { hasOrderFilters, orderStatusLabels, orderStatuses, type OrderFilters } from "@/lib/ticketing/orders/order-filters";

/** Search and status: a plain GET form, so filters live in the URL and work without JS. */
export function OrderFiltersBar({ basePath, filters }: { basePath: string; filters: OrderFilters }) {
  return (
    <form method="get" action={basePath} role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="min-w-56 flex-1">
        <label htmlFor="q" className="sr-only">
          Search orders
        </label>
        <Input name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Buyer, email, order id or ticket code" maxLength={200} />
      </div>
      <div>
        <label htmlFor="status" className="sr-only">
          Status
        </label>
        <Select name="status" defaultValue={filters.status ?? ""}>
          <option value="">All statuses</option>
          {orderStatuses.map((s) => (
            <option key={s} value={s}>
              {orderStatusLabels[s]}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {hasOrderFilters(filters) && (
        <Link href={basePath} className="px-2 py-2 text-sm text-gray-600 hover:text-gray-900 hover:underline">
          Clear
        </Link>
      )}
    </form>
  );
}
