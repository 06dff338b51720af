import { ServiceForm } from "@/components/booking/services/service-form";
import { FormPage } from "@/components/ui/card";
import { serviceToForm } from "@/lib/booking";
import { listStaffOptions } from "@/lib/booking";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { createServiceAction } from "../actions";

export const metadata = { title: "New service" };

// /[org]/bookings/services/new: the service form with defaults (OWNER/ADMIN)
export default async function NewServicePage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org, "ADMIN");
  const staff = await listStaffOptions({ orgId: ctx.orgId });
  return (
    <FormPage title="New service" description="Name, duration and staff are what clients see first; the rest has sensible defaults.">
      <ServiceForm
        org={ctx.slug}
        action={createServiceAction}
        initial={serviceToForm(null)}
        currency={ctx.currency}
        staff={staff}
        staffHref={`/${ctx.slug}/bookings/staff/new`}
        submitLabel="Create service"
        cancelHref={`/${ctx.slug}/bookings/services`}
      />
    </FormPage>
  );
}
