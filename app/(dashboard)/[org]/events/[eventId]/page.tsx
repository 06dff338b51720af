import { ConfirmActionForm } from "@/components/booking/confirm-action-form";
import { EventForm } from "@/components/ticketing/event-form";
import { EventStatusHistory } from "@/components/ticketing/event-status-history";
import { EventWorkflowPanel } from "@/components/ticketing/event-workflow-panel";
import { CoverImageForm } from "@/components/ticketing/cover-image-form";
import { LineupEditor } from "@/components/ticketing/lineup-editor";
import { StaffEditNotice } from "@/components/ticketing/staff-edit-notice";
import { uploadUrl } from "@/lib/uploads/upload-paths";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { availableTransitions, eventTransitions, publishBlockers } from "@/lib/ticketing";
import { canEditEvent } from "@/lib/ticketing";
import { eventToForm, getEvent } from "@/lib/ticketing";
import { listVenueOptions } from "@/lib/ticketing";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { changeEventStatusAction, duplicateEventAction, updateEventAction } from "../actions";
import { setEventCoverAction } from "./actions";

export const metadata = { title: "Event details" };

// /[org]/events/[eventId]: edit the details, move it through review, see its history, duplicate it.
export default async function EventDetailsPage({ params, searchParams }: { params: Promise<{ org: string; eventId: string }>; searchParams: Promise<{ duplicated?: string }> }) {
  const { org, eventId } = await params;
  const ctx = await requireOrgPage(org);
  const [event, venues] = await Promise.all([orNotFound(getEvent({ orgId: ctx.orgId, eventId })), listVenueOptions({ orgId: ctx.orgId })]);
  const transitions = availableTransitions(event.status).filter((t) => hasRole(ctx.role, eventTransitions[t].role));
  const noStepsText = event.status === "CANCELED" ? "No further steps: this event is canceled." : "An owner or admin takes this event further (publish, back to draft, cancel).";
  const blockers = publishBlockers({ ticketTypeCount: event._count.ticketTypes, startsAt: event.startsAt, now: new Date() });
  const editable = event.status !== "CANCELED" && canEditEvent(ctx.role, event.status);
  return (
    // On phones the status comes first; on wide screens it heads the side column.
    <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-3">
      <div className="lg:col-start-3 lg:row-start-1">
        <Card>
          <h2 className="mb-3 text-base font-semibold text-gray-900">Status</h2>
          <EventWorkflowPanel org={ctx.slug} eventId={event.id} transitions={transitions} blockers={blockers} action={changeEventStatusAction} noStepsText={noStepsText} />
        </Card>
      </div>
      <div className="space-y-6 lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1">
        {(await searchParams).duplicated === "1" && (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            This is a copy, saved as a draft. Adjust its dates and slug before publishing.
          </p>
        )}
        <Card>
          <h2 className="mb-4 text-base font-semibold text-gray-900">Details</h2>
          {event.status !== "CANCELED" && !editable && <StaffEditNotice />}
          {editable ? (
            <EventForm org={ctx.slug} action={updateEventAction} eventId={event.id} initial={eventToForm(event)} venues={venues} orgTimeZone={ctx.timezone} venuesHref={`/${ctx.slug}/events/venues/new`} submitLabel="Save changes" />
          ) : event.status === "CANCELED" ? (
            <p className="text-sm text-gray-600">This event is canceled; its details can no longer be edited.</p>
          ) : null}
        </Card>
        <Card>
          <h2 className="mb-4 text-base font-semibold text-gray-900">Lineup</h2>
          <LineupEditor org={ctx.slug} eventId={event.id} items={event.lineup} readOnly={!canEditEvent(ctx.role, event.status)} />
        </Card>
      </div>
      <div className="space-y-6 lg:col-start-3">
        {canEditEvent(ctx.role, event.status) && (
          <Card>
            <CoverImageForm org={ctx.slug} eventId={event.id} coverUrl={event.coverImagePath ? uploadUrl(event.coverImagePath) : null} action={setEventCoverAction} />
          </Card>
        )}
        <Card>
          <h2 className="mb-3 text-base font-semibold text-gray-900">History</h2>
          <EventStatusHistory changes={event.statusChanges} timeZone={ctx.timezone} />
        </Card>
        <Card>
          <h2 className="text-base font-semibold text-gray-900">Duplicate</h2>
          <p className="mb-3 mt-1 text-sm text-gray-600">A new draft with the same details, lineup and ticket types, nothing sold.</p>
          <ConfirmActionForm action={duplicateEventAction} fields={{ org: ctx.slug, id: event.id }} confirmText={`Make a draft copy of ${event.title}?`} label="Duplicate event" variant="secondary" />
        </Card>
      </div>
    </div>
  );
}
