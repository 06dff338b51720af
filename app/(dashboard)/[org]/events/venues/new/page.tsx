import { VenueForm } from "@/components/ticketing/venue-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { createVenueAction } from "../actions";

export const metadata = { title: "New venue" };

// /[org]/events/venues/new: the venue form, time zone defaulting to the org's (OWNER/ADMIN)
export default async function NewVenuePage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org, "ADMIN");
  return (
    <div className="max-w-3xl">
      <PageHeader title="New venue" />
      <Card>
        <VenueForm org={ctx.slug} action={createVenueAction} initial={{ name: "", address: "", city: "", capacity: "", timeZone: ctx.timezone }} submitLabel="Create venue" cancelHref={`/${ctx.slug}/events/venues`} />
      </Card>
    </div>
  );
}
