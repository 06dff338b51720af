import { CustomerForm } from "@/components/customers/customer-form";
import { Card, PageHeader } from "@/components/ui/card";
import { customerFieldsToForm } from "@/lib/customers";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { updateCustomerAction } from "../../actions";
import { loadCustomerOr404 } from "../../load-customer";

export const metadata = { title: "Edit customer" };

// /[org]/customers/[id]/edit: the shared customer form, prefilled
export default async function EditCustomerPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org);
  const customer = await loadCustomerOr404({ orgId: ctx.orgId, customerId: id });
  const detail = `/${ctx.slug}/customers/${customer.id}`;
  return (
    <div className="max-w-2xl">
      <PageHeader title={`Edit ${customer.name}`} />
      <Card>
        <CustomerForm org={ctx.slug} action={updateCustomerAction} customerId={customer.id} initial={customerFieldsToForm(customer)} submitLabel="Save changes" cancelHref={detail} />
      </Card>
    </div>
  );
}
