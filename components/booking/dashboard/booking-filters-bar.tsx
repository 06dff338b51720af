import { FilterActions, FilterForm, FilterSearch, FilterSelect, labelOptions, type FilterOption } from "@/components/ui/filter-bar";
import { Input } from "@/components/ui/field";
import { bookingStatusLabels, hasBookingFilters, type BookingFilters } from "@/lib/booking";

/** Status, staff, service, date range and client search. */
export function BookingFiltersBar({ basePath, filters, staff, services }: { basePath: string; filters: BookingFilters; staff: FilterOption[]; services: FilterOption[] }) {
  return (
    <FilterForm basePath={basePath} className="mb-4 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
      <FilterSearch label="Client" value={filters.q} placeholder="Search client name or email" className="col-span-2 sm:min-w-56 sm:flex-1" />
      <FilterSelect name="status" label="Status" value={filters.status} all="All statuses" options={labelOptions(bookingStatusLabels)} />
      <FilterSelect name="staff" label="Staff" value={filters.staff} all="All staff" options={staff} />
      <FilterSelect name="service" label="Service" value={filters.service} all="All services" options={services} />
      <div>
        <label htmlFor="from" className="sr-only">
          From
        </label>
        <Input name="from" type="date" defaultValue={filters.from ?? ""} aria-label="From date" />
      </div>
      <div>
        <label htmlFor="to" className="sr-only">
          To
        </label>
        <Input name="to" type="date" defaultValue={filters.to ?? ""} aria-label="To date" />
      </div>
      <div className="col-span-2 flex items-center gap-2">
        <FilterActions basePath={basePath} active={hasBookingFilters(filters)} />
      </div>
    </FilterForm>
  );
}
