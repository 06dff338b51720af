"use client";
import Link from "next/link";
import { useActionState, useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/safe-action";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

export type CsvImportRow = { row: number; status: "new" | "update" | "unchanged" | "error"; values: Record<string, string | undefined>; errors: string[] };
export type CsvImportPreview<Row extends CsvImportRow> = {
  rows: Row[];
  fileErrors: string[];
  columns: string[];
  ignoredColumns: string[];
  summary: { new: number; update: number; unchanged: number; error: number };
};
export type CsvImportColumn<Row> = { label: string; cell: (row: Row) => ReactNode; className?: string; numeric?: boolean };

const MAX_BYTES = 2 * 1024 * 1024;
const statusBadge = {
  new: <Badge tone="green">new</Badge>,
  update: <Badge tone="brand">update</Badge>,
  unchanged: <Badge>unchanged</Badge>,
  error: <Badge tone="red">error</Badge>,
};

/**
 * The one CSV import wizard (customers, campaign metrics). Step 1 reads the chosen file in the
 * browser and sends its text for a server-side preview (nothing written). Step 2 sends the same
 * text again; the server re-checks everything and writes all or nothing.
 */
export function CsvImportWizard<View extends CsvImportPreview<CsvImportRow>, Row extends CsvImportRow = View["rows"][number], Result = unknown>(props: {
  /** Hidden form fields sent with both steps besides the file's text (org, ids). */
  fields: Record<string, string>;
  heading: "h2" | "h3";
  /** What the file must hold, shown under step 1's title. */
  help: ReactNode;
  template: { csv: string; fileName: string };
  /** The preview table's columns between Status and Details; a function when they follow the file's columns. */
  columns: CsvImportColumn<Row>[] | ((view: View) => CsvImportColumn<Row>[]);
  /** The last column: what the row will do or why it cannot. */
  details: (row: Row) => ReactNode;
  detailsClassName: string;
  importLabel: (writes: number) => string;
  nothingToImport: string;
  done: { href: string; label: string };
  previewAction: Action<View>;
  importAction: Action<Result>;
}) {
  const { fields, help, template, importLabel, nothingToImport, done } = props;
  const Heading = props.heading;
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState("");
  const [fileError, setFileError] = useState("");
  const [previewedCsv, setPreviewedCsv] = useState<string | null>(null);
  const [importedCsv, setImportedCsv] = useState<string | null>(null);
  const [previewState, preview] = useActionState(props.previewAction, null);
  const [importState, runImport] = useActionState(props.importAction, null);

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
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="csv" value={csv} />
    </>
  );

  return (
    <div className="space-y-6">
      <Card>
        <Heading className="text-base font-semibold text-gray-900">1. Choose a CSV file</Heading>
        <p className="mt-1 text-sm text-gray-600">
          {help}{" "}
          <a className="text-brand-700 hover:underline" href={`data:text/csv;charset=utf-8,${encodeURIComponent(template.csv)}`} download={template.fileName}>
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
              <Heading className="text-base font-semibold text-gray-900">2. Check the preview{fileName && <span className="font-normal text-gray-500"> · {fileName}</span>}</Heading>
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
                <SubmitButton pendingText="Importing…">{importLabel(writes)}</SubmitButton>
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
              {nothingToImport}
            </p>
          )}
          {importState && !importState.ok && importedCsv === csv && (
            <div className="mt-4">
              <FormMessage state={importState} />
            </div>
          )}
          {view.rows.length > 0 && <PreviewTable rows={view.rows as Row[]} columns={typeof props.columns === "function" ? props.columns(view) : props.columns} details={props.details} detailsClassName={props.detailsClassName} />}
        </Card>
      )}

      {imported && importState?.ok && (
        <Card>
          <FormMessage state={importState} />
          <Link href={done.href} className={buttonClass("primary", "mt-4")}>
            {done.label}
          </Link>
        </Card>
      )}
    </div>
  );
}

function PreviewTable<Row extends CsvImportRow>({ rows, columns, details, detailsClassName }: { rows: Row[]; columns: CsvImportColumn<Row>[]; details: (row: Row) => ReactNode; detailsClassName: string }) {
  const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
  const td = "px-3 py-2 align-top";
  // Rows with errors first: they are what the user has to fix.
  const sorted = [...rows].sort((a, b) => Number(b.status === "error") - Number(a.status === "error") || a.row - b.row);
  return (
    <div className="mt-4 max-h-[36rem] overflow-auto rounded-md border border-gray-200">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="sticky top-0 bg-gray-50">
          <tr>
            <th className={th}>Row</th>
            <th className={th}>Status</th>
            {columns.map((c) => (
              <th key={c.label} className={`${th} ${c.numeric ? "text-right" : ""}`}>
                {c.label}
              </th>
            ))}
            <th className={th}>Details</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100 bg-white">
          {sorted.map((r) => (
            <tr key={r.row} className={r.status === "error" ? "bg-red-50/60" : undefined}>
              <td className={`${td} tabular-nums text-gray-500`}>{r.row}</td>
              <td className={td}>{statusBadge[r.status]}</td>
              {columns.map((c) => (
                <td key={c.label} className={`${td} ${c.className ?? ""} ${c.numeric ? "text-right" : ""}`}>
                  {c.cell(r)}
                </td>
              ))}
              <td className={`${td} ${detailsClassName}`}>
                {r.errors.length > 0 ? (
                  <ul className="space-y-0.5 text-red-700">
                    {r.errors.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                ) : (
                  details(r)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
