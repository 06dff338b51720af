"use client";
import { CsvImportWizard, type CsvImportColumn } from "@/components/ui/csv-import-wizard";
import type { MetricImportPreviewView, MetricImportResult } from "@/lib/analytics/client";
import type { ActionState } from "@/lib/safe-action";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
type Row = MetricImportPreviewView["rows"][number];

const metricColumns = ["date", "impressions", "clicks", "conversions", "cost", "revenue"] as const;

/** A campaign's daily numbers from a CSV file: a day that is already there is updated. */
export function MetricsImportWizard({
  org,
  campaignId,
  campaignHref,
  currency,
  template,
  previewAction,
  importAction,
}: {
  org: string;
  campaignId: string;
  campaignHref: string;
  currency: string;
  template: string;
  previewAction: Action<MetricImportPreviewView>;
  importAction: Action<MetricImportResult>;
}) {
  return (
    <CsvImportWizard<MetricImportPreviewView, Row, MetricImportResult>
      fields={{ org, id: campaignId }}
      heading="h3"
      help={
        <>
          A header row, then one day per row. Columns: <code>date</code> (YYYY-MM-DD, required), <code>impressions</code>, <code>clicks</code>, <code>conversions</code>, <code>cost</code>, <code>revenue</code>. Cost and revenue in {currency} like{" "}
          <code>12.50</code>. A day that is already there is updated; a column the file does not have keeps its value. Up to 5,000 rows.
        </>
      }
      template={{ csv: template, fileName: "campaign-metrics-template.csv" }}
      columns={(view) => metricColumns.filter((c) => c === "date" || view.columns.includes(c)).map((c): CsvImportColumn<Row> => ({ label: c, cell: (r) => r.values[c], className: "whitespace-nowrap tabular-nums", numeric: c !== "date" }))}
      detailsClassName="min-w-56"
      details={(r) => (r.changed.length > 0 ? <span className="text-gray-600">Changes {r.changed.join(", ")}</span> : null)}
      importLabel={(writes) => `Import ${writes} day${writes === 1 ? "" : "s"}`}
      nothingToImport="Nothing to import: every day in the file is already there with the same numbers."
      done={{ href: campaignHref, label: "View campaign" }}
      previewAction={previewAction}
      importAction={importAction}
    />
  );
}
