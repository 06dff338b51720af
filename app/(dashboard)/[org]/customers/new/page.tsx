import { CustomerForm } from "@/components/customers/customer-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { createCustomerAction } from "../actions";

export const metadata = { title: "Add customer" };

// /[org]/customers/new: the shared customer form, empty
export default async function NewCustomerPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  return (
    <div className="max-w-2xl">
      <PageHeader title="Add customer" description="Only the name is required." />
      <Card>
        <CustomerForm org={ctx.slug} action={createCustomerAction} submitLabel="Add customer" cancelHref={`/${ctx.slug}/customers`} />
      </Card>
    </div>
  );
}
