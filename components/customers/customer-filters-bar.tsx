import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { customerSourceLabels, hasFilters, type CustomerFilters } from "@/lib/customers/customer-filters";
import type { CustomerSource } from "@/lib/db/generated/enums";

/** Search, tag and source: a plain GET form, so filters live in the URL and work without JS. */
export function CustomerFiltersBar({ basePath, filters, tags }: { basePath: string; filters: CustomerFilters; tags: string[] }) {
  const tagOptions = filters.tag && !tags.includes(filters.tag) ? [filters.tag, ...tags] : tags;
  return (
    <form method="get" action={basePath} role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="min-w-56 flex-1">
        <label htmlFor="q" className="sr-only">
          Search
        </label>
        <Input name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Search name, email or phone" maxLength={200} />
      </div>
      <div>
        <label htmlFor="tag" className="sr-only">
          Tag
        </label>
        <Select name="tag" defaultValue={filters.tag ?? ""}>
          <option value="">All tags</option>
          {tagOptions.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="source" className="sr-only">
          Source
        </label>
        <Select name="source" defaultValue={filters.source ?? ""}>
          <option value="">All sources</option>
          {(Object.keys(customerSourceLabels) as CustomerSource[]).map((s) => (
            <option key={s} value={s}>
              {customerSourceLabels[s]}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {hasFilters(filters) && (
        <Link href={basePath} className="px-2 py-2 text-sm text-gray-600 hover:text-gray-900 hover:underline">
          Clear
        </Link>
      )}
    </form>
  );
}
