import { FilterActions, FilterForm, FilterSearch, FilterSelect, labelOptions, tagOptions } from "@/components/ui/filter-bar";
import { hasSubscriberFilters, subscriberStatusLabels, type SubscriberFilters } from "@/lib/bots";

/** Search, tag and status. */
export function SubscriberFiltersBar({ basePath, filters, tags }: { basePath: string; filters: SubscriberFilters; tags: string[] }) {
  return (
    <FilterForm basePath={basePath}>
      <FilterSearch label="Search" value={filters.q} placeholder="Search name or @username" />
      <FilterSelect name="tag" label="Tag" value={filters.tag} all="All tags" options={tagOptions(tags, filters.tag)} />
      <FilterSelect name="status" label="Status" value={filters.status} all="All statuses" options={labelOptions(subscriberStatusLabels)} />
      <FilterActions basePath={basePath} active={hasSubscriberFilters(filters)} />
    </FilterForm>
  );
}
