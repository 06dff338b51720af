import { NewBookingForm } from "@/components/booking/dashboard/new-booking-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listManualBookingOptions } from "@/lib/booking";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { createManualBookingAction } from "../actions";

export const metadata = { title: "New booking" };

// /[org]/bookings/new: book a client in by hand (phone calls, walk-ins).
export default async function NewBookingPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const services = await listManualBookingOptions({ orgId: ctx.orgId });
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader level={2} title="New booking" description="For a client who called or walked in: confirmed at once, no online payment." />
      {services.length === 0 ? (
        <EmptyState title="No services to book" description="Create a service and assign staff to it first." action={<ButtonLink href={`/${ctx.slug}/bookings/services`}>Go to services</ButtonLink>} />
      ) : (
        <Card>
          <NewBookingForm org={ctx.slug} timeZone={ctx.timezone} services={services} action={createManualBookingAction} />
        </Card>
      )}
    </div>
  );
}
