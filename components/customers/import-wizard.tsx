"use client";
import { CsvImportWizard, type CsvImportColumn } from "@/components/ui/csv-import-wizard";
import type { ImportPreviewView, ImportResult } from "@/lib/customers/client";
import type { ActionState } from "@/lib/safe-action";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
type Row = ImportPreviewView["rows"][number];

const template = "name,email,phone,tags,telegram_user_id,notes\r\nAnna Schmidt,anna@example.com,+49 151 1234567,vip; newsletter,,Prefers mornings\r\n";
const columns: CsvImportColumn<Row>[] = [
  { label: "Name", cell: (r) => r.values.name, className: "max-w-48 truncate font-medium text-gray-900" },
  { label: "Email", cell: (r) => r.values.email, className: "max-w-48 truncate" },
  { label: "Phone", cell: (r) => r.values.phone, className: "whitespace-nowrap" },
  { label: "Tags", cell: (r) => r.values.tags, className: "max-w-40 truncate" },
  { label: "Telegram id", cell: (r) => r.values.telegram_user_id },
];

/** Customers from a CSV file: a row whose email matches an existing customer updates it. */
export function ImportWizard({ org, customersHref, previewAction, importAction }: { org: string; customersHref: string; previewAction: Action<ImportPreviewView>; importAction: Action<ImportResult> }) {
  return (
    <CsvImportWizard<ImportPreviewView, Row, ImportResult>
      fields={{ org }}
      heading="h2"
      help={
        <>
          A header row, then one customer per row. Recognised columns: <code>name</code> (required), <code>email</code>, <code>phone</code>, <code>tags</code> (separated by ; or ,), <code>telegram_user_id</code>, <code>notes</code>. A row whose email
          matches an existing customer updates it: filled cells overwrite, tags are added. Up to 5,000 rows and 2 MB.
        </>
      }
      template={{ csv: template, fileName: "customers-template.csv" }}
      columns={columns}
      detailsClassName="min-w-64"
      details={(r) =>
        r.match ? (
          <span className="text-gray-600">
            Matches {r.match}
            {r.changed.length > 0 && `: ${r.changed.join(", ")}`}
          </span>
        ) : null
      }
      importLabel={(writes) => `Import ${writes} customers`}
      nothingToImport="Nothing to import: every row matches an existing customer and would change nothing."
      done={{ href: customersHref, label: "View customers" }}
      previewAction={previewAction}
      importAction={importAction}
    />
  );
}
