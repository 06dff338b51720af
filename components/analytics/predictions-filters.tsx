import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { PredictionQuery } from "@/lib/analytics";
import { RFM_SEGMENTS } from "@/lib/analytics";
import { churnLabels } from "./format-analytics";

/** Segment, cluster and churn band: a plain GET form that keeps the sort. */
export function PredictionsFilters({ basePath, query, clusters }: { basePath: string; query: PredictionQuery; clusters: { value: number; label: string }[] }) {
  const filtered = Boolean(query.segment || query.cluster !== undefined || query.churn);
  return (
    <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-2" aria-label="Filter predictions">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div>
        <label htmlFor="segment" className="block text-xs font-medium text-gray-600">
          RFM segment
        </label>
        <Select name="segment" defaultValue={query.segment ?? ""}>
          <option value="">All segments</option>
          {RFM_SEGMENTS.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="cluster" className="block text-xs font-medium text-gray-600">
          Cluster
        </label>
        <Select name="cluster" defaultValue={query.cluster === undefined ? "" : String(query.cluster)}>
          <option value="">All clusters</option>
          {clusters.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="churn" className="block text-xs font-medium text-gray-600">
          Churn risk
        </label>
        <Select name="churn" defaultValue={query.churn ?? ""}>
          <option value="">Any risk</option>
          {(["HIGH", "MEDIUM", "LOW"] as const).map((c) => (
            <option key={c} value={c}>
              {churnLabels[c]}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {filtered && (
        <Link href={basePath} className="px-2 py-2 text-sm text-gray-600 hover:text-gray-900 hover:underline">
          Clear
        </Link>
      )}
    </form>
  );
}
