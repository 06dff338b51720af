import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { hasSubscriberFilters, subscriberStatusLabels, type SubscriberFilters } from "@/lib/bots/subscribers/subscriber-filters";
import type { BotSubscriberStatus } from "@/lib/db/generated/enums";

/** Search, tag and status as a plain GET form: the filters live in the URL. */
export function SubscriberFiltersBar({ basePath, filters, tags }: { basePath: string; filters: SubscriberFilters; tags: string[] }) {
  const tagOptions = filters.tag && !tags.includes(filters.tag) ? [filters.tag, ...tags] : tags;
  return (
    <form method="get" action={basePath} role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="min-w-56 flex-1">
        <label htmlFor="q" className="sr-only">
          Search
        </label>
        <Input name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Search name or @username" maxLength={200} />
      </div>
      <label htmlFor="tag" className="sr-only">
        Tag
      </label>
      <Select name="tag" defaultValue={filters.tag ?? ""} className="w-auto">
        <option value="">All tags</option>
        {tagOptions.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </Select>
      <label htmlFor="status" className="sr-only">
        Status
      </label>
      <Select name="status" defaultValue={filters.status ?? ""} className="w-auto">
        <option value="">All statuses</option>
        {(Object.keys(subscriberStatusLabels) as BotSubscriberStatus[]).map((s) => (
          <option key={s} value={s}>
            {subscriberStatusLabels[s]}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {hasSubscriberFilters(filters) && (
        <Link href={basePath} className="px-2 py-2 text-sm text-gray-600 hover:text-gray-900 hover:underline">
          Clear
        </Link>
      )}
    </form>
  );
}
