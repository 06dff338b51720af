import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";

// The pieces of a list's filter bar: a plain GET form, so filters live in the URL and work without JS.

export type FilterOption = { id: string; name: string };

export function FilterSearch({ label, value, placeholder, className = "min-w-56 flex-1" }: { label: string; value?: string | null; placeholder: string; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor="q" className="sr-only">
        {label}
      </label>
      <Input name="q" type="search" defaultValue={value ?? ""} placeholder={placeholder} maxLength={200} />
    </div>
  );
}

export function FilterSelect({ name, label, value, all, options }: { name: string; label: string; value?: string | null; all: string; options: FilterOption[] }) {
  return (
    <div>
      <label htmlFor={name} className="sr-only">
        {label}
      </label>
      <Select name={name} defaultValue={value ?? ""} aria-label={label}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** "Filter", and "Clear" back to the unfiltered list while any filter is set. */
export function FilterActions({ basePath, active }: { basePath: string; active: boolean }) {
  return (
    <>
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {active && (
        <Link href={basePath} className="px-2 py-2 text-sm text-gray-600 hover:text-gray-900 hover:underline">
          Clear
        </Link>
      )}
    </>
  );
}

export function FilterForm({ basePath, className = "mb-4 flex flex-wrap items-end gap-2", children }: { basePath: string; className?: string; children: ReactNode }) {
  return (
    <form method="get" action={basePath} role="search" className={className}>
      {children}
    </form>
  );
}

/** Labels of an enum as select options, in the labels' order. */
export const labelOptions = <K extends string>(labels: Record<K, string>): FilterOption[] => (Object.keys(labels) as K[]).map((id) => ({ id, name: labels[id] }));

/** The tags to offer: the known ones, plus a filtered tag that is no longer in use. */
export const tagOptions = (tags: string[], current?: string | null): FilterOption[] => (current && !tags.includes(current) ? [current, ...tags] : tags).map((t) => ({ id: t, name: t }));
