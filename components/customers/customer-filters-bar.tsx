import { FilterActions, FilterForm, FilterSearch, FilterSelect, labelOptions, tagOptions } from "@/components/ui/filter-bar";
import { customerSourceLabels, hasFilters, type CustomerFilters } from "@/lib/customers";

/** Search, tag and source. */
export function CustomerFiltersBar({ basePath, filters, tags }: { basePath: string; filters: CustomerFilters; tags: string[] }) {
  return (
    <FilterForm basePath={basePath}>
      <FilterSearch label="Search" value={filters.q} placeholder="Search name, email or phone" />
      <FilterSelect name="tag" label="Tag" value={filters.tag} all="All tags" options={tagOptions(tags, filters.tag)} />
      <FilterSelect name="source" label="Source" value={filters.source} all="All sources" options={labelOptions(customerSourceLabels)} />
      <FilterActions basePath={basePath} active={hasFilters(filters)} />
    </FilterForm>
  );
}
