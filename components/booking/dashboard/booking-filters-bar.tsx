import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { bookingStatusLabels, hasBookingFilters, type BookingFilters } from "@/lib/booking/booking-filters";
import type { BookingStatus } from "@/lib/db/generated/enums";

type Option = { id: string; name: string };

/** Status, staff, service, date range and client search: a plain GET form, so filters live in the URL. */
export function BookingFiltersBar({ basePath, filters, staff, services }: { basePath: string; filters: BookingFilters; staff: Option[]; services: Option[] }) {
  return (
    <form method="get" action={basePath} role="search" className="mb-4 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
      <div className="col-span-2 sm:min-w-56 sm:flex-1">
        <label htmlFor="q" className="sr-only">Client</label>
        <Input name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Search client name or email" maxLength={200} />
      </div>
      <LabelledSelect name="status" label="Status" value={filters.status} all="All statuses" options={(Object.keys(bookingStatusLabels) as BookingStatus[]).map((s) => ({ id: s, name: bookingStatusLabels[s] }))} />
      <LabelledSelect name="staff" label="Staff" value={filters.staff} all="All staff" options={staff} />
      <LabelledSelect name="service" label="Service" value={filters.service} all="All services" options={services} />
      <div>
        <label htmlFor="from" className="sr-only">From</label>
        <Input name="from" type="date" defaultValue={filters.from ?? ""} aria-label="From date" />
      </div>
      <div>
        <label htmlFor="to" className="sr-only">To</label>
        <Input name="to" type="date" defaultValue={filters.to ?? ""} aria-label="To date" />
      </div>
      <div className="col-span-2 flex items-center gap-2">
        <Button type="submit" variant="secondary">Filter</Button>
        {hasBookingFilters(filters) && (
          <Link href={basePath} className="px-2 py-2 text-sm text-gray-600 hover:text-gray-900 hover:underline">Clear</Link>
        )}
      </div>
    </form>
  );
}

function LabelledSelect({ name, label, value, all, options }: { name: string; label: string; value?: string; all: string; options: Option[] }) {
  return (
    <div>
      <label htmlFor={name} className="sr-only">{label}</label>
      <Select name={name} defaultValue={value ?? ""} aria-label={label}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>{o.name}</option>
        ))}
      </Select>
    </div>
  );
}
