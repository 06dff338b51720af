import { FilterActions, FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import { hasOrderFilters, orderStatusLabels, orderStatuses, type OrderFilters } from "@/lib/ticketing";

/** Search and status. */
export function OrderFiltersBar({ basePath, filters }: { basePath: string; filters: OrderFilters }) {
  return (
    <FilterForm basePath={basePath}>
      <FilterSearch label="Search orders" value={filters.q} placeholder="Buyer, email, order id or ticket code" />
      <FilterSelect name="status" label="Status" value={filters.status} all="All statuses" options={orderStatuses.map((s) => ({ id: s, name: orderStatusLabels[s] }))} />
      <FilterActions basePath={basePath} active={hasOrderFilters(filters)} />
    </FilterForm>
  );
}
