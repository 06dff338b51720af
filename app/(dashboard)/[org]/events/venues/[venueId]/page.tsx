import { ConfirmActionForm } from "@/components/booking/confirm-action-form";
import { VenueForm } from "@/components/ticketing/venue-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { getVenue } from "@/lib/ticketing";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { deleteVenueAction, updateVenueAction } from "../actions";

export const metadata = { title: "Edit venue" };

// /[org]/events/venues/[venueId]: edit a venue; delete it while no event uses it (OWNER/ADMIN)
export default async function VenuePage({ params }: { params: Promise<{ org: string; venueId: string }> }) {
  const { org, venueId } = await params;
  const ctx = await requireOrgPage(org, "ADMIN");
  const venue = await orNotFound(getVenue({ orgId: ctx.orgId, venueId }));
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={venue.name} description={`${venue.eventCount} event(s) at this venue.`} />
      <Card>
        <VenueForm org={ctx.slug} action={updateVenueAction} venueId={venue.id} initial={{ ...venue, capacity: venue.capacity === null ? "" : String(venue.capacity) }} submitLabel="Save changes" cancelHref={`/${ctx.slug}/events/venues`} />
      </Card>
      <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="text-base font-semibold text-gray-900">Delete this venue</h2>
          <p className="text-sm text-gray-600">{venue.eventCount > 0 ? "Events use this venue; move them elsewhere before deleting it." : "No event uses it, so it can go."}</p>
        </div>
        {venue.eventCount === 0 && <ConfirmActionForm action={deleteVenueAction} fields={{ org: ctx.slug, id: venue.id }} confirmText={`Delete ${venue.name}? This cannot be undone.`} label="Delete venue" />}
      </Card>
    </div>
  );
}
