"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MetricImportPreviewView, MetricImportResult } from "@/lib/analytics/campaigns/import-campaign-metrics";
import type { ActionState } from "@/lib/safe-action";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

const MAX_BYTES = 2 * 1024 * 1024;
const statusBadge = {
  new: <Badge tone="green">new</Badge>,
  update: <Badge tone="brand">update</Badge>,
  unchanged: <Badge>unchanged</Badge>,
  error: <Badge tone="red">error</Badge>,
};
const columns = ["date", "impressions", "clicks", "conversions", "cost", "revenue"] as const;

/**
 * Step 1 reads the file in the browser and asks the server for a preview (nothing written).
 * Step 2 sends the same text again; the server re-checks it and writes every day or none.
 */
export function MetricsImportWizard({ org, campaignId, campaignHref, currency, template, previewAction, importAction }: { org: string; campaignId: string; campaignHref: string; currency: string; template: string; previewAction: Action<MetricImportPreviewView>; importAction: Action<MetricImportResult> }) {
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState("");
  const [fileError, setFileError] = useState("");
  const [previewedCsv, setPreviewedCsv] = useState<string | null>(null);
  const [importedCsv, setImportedCsv] = useState<string | null>(null);
  const [previewState, preview] = useActionState(previewAction, null);
  const [importState, runImport] = useActionState(importAction, null);

  const view = previewState?.ok && previewedCsv === csv ? previewState.data : undefined;
  const imported = importState?.ok && importedCsv === csv;
  const writes = view ? view.summary.new + view.summary.update : 0;
  const canImport = Boolean(view && view.fileErrors.length === 0 && view.summary.error === 0 && writes > 0);

  async function onFile(file: File | undefined) {
    setFileError("");
    setCsv("");
    setFileName(file?.name ?? "");
    if (!file) return;
    if (file.size > MAX_BYTES) return setFileError("The file is larger than 2 MB. Split it into smaller files.");
    if (!/\.(csv|txt)$/i.test(file.name) && !/csv|text/.test(file.type)) return setFileError("Choose a .csv file.");
    setCsv(await file.text());
  }

  const hidden = (
    <>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={campaignId} />
      <input type="hidden" name="csv" value={csv} />
    </>
  );

  return (
    <div className="space-y-6">
      <Card>
        <h3 className="text-base font-semibold text-gray-900">1. Choose a CSV file</h3>
        <p className="mt-1 text-sm text-gray-600">
          A header row, then one day per row. Columns: <code>date</code> (YYYY-MM-DD, required), <code>impressions</code>, <code>clicks</code>, <code>conversions</code>, <code>cost</code>, <code>revenue</code>. Cost and revenue in {currency} like <code>12.50</code>. A day that is already there is updated; a column the file does not have keeps its value. Up to 5,000 rows.{" "}
          <a className="text-brand-700 hover:underline" href={`data:text/csv;charset=utf-8,${encodeURIComponent(template)}`} download="campaign-metrics-template.csv">
            Download a template
          </a>
          .
        </p>
        <form action={preview} onSubmit={() => setPreviewedCsv(csv)} className="mt-4 flex flex-wrap items-center gap-3">
          {hidden}
          <label htmlFor="csv-file" className="sr-only">
            CSV file
          </label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            form="no-form"
            onChange={(e) => onFile(e.target.files?.[0])}
            className="text-sm file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-gray-50"
          />
          <SubmitButton variant="secondary" disabled={!csv} pendingText="Checking…">
            Preview
          </SubmitButton>
        </form>
        {fileError && (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {fileError}
          </p>
        )}
        {previewState && !previewState.ok && (
          <div className="mt-3">
            <FormMessage state={{ ok: false, message: previewState.fieldErrors?.csv ?? previewState.message }} />
          </div>
        )}
      </Card>

      {view && !imported && (
        <Card>
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <h3 className="text-base font-semibold text-gray-900">2. Check the preview{fileName && <span className="font-normal text-gray-500"> · {fileName}</span>}</h3>
              {view.fileErrors.length === 0 && (
                <p className="mt-1 flex flex-wrap gap-2 text-sm text-gray-600">
                  <span>{view.rows.length} rows:</span>
                  <span>{view.summary.new} new</span>·<span>{view.summary.update} to update</span>·<span>{view.summary.unchanged} unchanged</span>·
                  <span className={view.summary.error ? "font-medium text-red-700" : undefined}>{view.summary.error} with errors</span>
                </p>
              )}
              {view.ignoredColumns.length > 0 && <p className="mt-1 text-xs text-gray-500">Ignored columns: {view.ignoredColumns.join(", ")}</p>}
            </div>
            {canImport && (
              <form action={runImport} onSubmit={() => setImportedCsv(csv)}>
                {hidden}
                <SubmitButton pendingText="Importing…">
                  Import {writes} day{writes === 1 ? "" : "s"}
                </SubmitButton>
              </form>
            )}
          </div>
          {view.fileErrors.map((e) => (
            <p key={e} role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {e}
            </p>
          ))}
          {view.summary.error > 0 && (
            <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              Nothing can be imported while any row has an error. Fix the rows marked below in your file and choose it again.
            </p>
          )}
          {view.fileErrors.length === 0 && view.summary.error === 0 && !canImport && (
            <p role="status" className="mt-4 rounded-md bg-gray-50 px-3 py-2 text-sm text-gray-700">
              Nothing to import: every day in the file is already there with the same numbers.
            </p>
          )}
          {importState && !importState.ok && importedCsv === csv && (
            <div className="mt-4">
              <FormMessage state={importState} />
            </div>
          )}
          {view.rows.length > 0 && <PreviewTable view={view} />}
        </Card>
      )}

      {imported && importState?.ok && (
        <Card>
          <FormMessage state={importState} />
          <Link href={campaignHref} className={buttonClass("primary", "mt-4")}>
            View campaign
          </Link>
        </Card>
      )}
    </div>
  );
}

function PreviewTable({ view }: { view: MetricImportPreviewView }) {
  const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
  const td = "px-3 py-2 align-top";
  const rows = [...view.rows].sort((a, b) => Number(b.status === "error") - Number(a.status === "error") || a.row - b.row);
  const shown = columns.filter((c) => c === "date" || view.columns.includes(c));
  return (
    <div className="mt-4 max-h-[36rem] overflow-auto rounded-md border border-gray-200">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="sticky top-0 bg-gray-50">
          <tr>
            <th className={th}>Row</th>
            <th className={th}>Status</th>
            {shown.map((c) => (
              <th key={c} className={`${th} ${c === "date" ? "" : "text-right"}`}>
                {c}
              </th>
            ))}
            <th className={th}>Details</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100 bg-white">
          {rows.map((r) => (
            <tr key={r.row} className={r.status === "error" ? "bg-red-50/60" : undefined}>
              <td className={`${td} tabular-nums text-gray-500`}>{r.row}</td>
              <td className={td}>{statusBadge[r.status]}</td>
              {shown.map((c) => (
                <td key={c} className={`${td} whitespace-nowrap tabular-nums ${c === "date" ? "" : "text-right"}`}>
                  {r.values[c]}
                </td>
              ))}
              <td className={`${td} min-w-56`}>
                {r.errors.length > 0 ? (
                  <ul className="space-y-0.5 text-red-700">
                    {r.errors.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                ) : r.changed.length > 0 ? (
                  <span className="text-gray-600">Changes {r.changed.join(", ")}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
