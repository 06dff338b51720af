import { ImportWizard } from "@/components/customers/import-wizard";
import { PageHeader } from "@/components/ui/card";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { importCustomersAction, previewImportAction } from "../actions";

export const metadata = { title: "Import customers" };

// /[org]/customers/import: preview a CSV file, then import all of it or nothing
export default async function ImportCustomersPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  return (
    <>
      <PageHeader title="Import customers" description="Bring your customer list from a spreadsheet or another tool." />
      <ImportWizard org={ctx.slug} customersHref={`/${ctx.slug}/customers`} previewAction={previewImportAction} importAction={importCustomersAction} />
    </>
  );
}
