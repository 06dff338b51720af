import { ConfirmActionForm } from "@/components/booking/confirm-action-form";
import { ActionButton } from "@/components/ticketing/action-button";
import { StaffEditNotice } from "@/components/ticketing/staff-edit-notice";
import { TicketTypeForm } from "@/components/ticketing/ticket-type-form";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { formatDateTime, formatMoney } from "@/lib/format";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { canEditEvent } from "@/lib/ticketing";
import { getEvent } from "@/lib/ticketing";
import { listTicketTypes, ticketTypeToForm } from "@/lib/ticketing";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { createTicketTypeAction, deleteTicketTypeAction, moveTicketTypeAction, updateTicketTypeAction } from "./actions";

export const metadata = { title: "Tickets" };

// /[org]/events/[eventId]/tickets: the event's ticket types in order; add, edit, reorder, delete unsold ones.
export default async function TicketsPage({ params, searchParams }: { params: Promise<{ org: string; eventId: string }>; searchParams: Promise<{ created?: string }> }) {
  const { org, eventId } = await params;
  const ctx = await requireOrgPage(org);
  const event = await orNotFound(getEvent({ orgId: ctx.orgId, eventId }));
  const types = await listTicketTypes({ orgId: ctx.orgId, eventId: event.id });
  const fields = (id: string) => ({ org: ctx.slug, eventId: event.id, id });
  const totalCapacity = types.reduce((sum, t) => sum + t.capacity, 0);
  const venueCapacity = event.venue?.capacity ?? null;
  const editable = canEditEvent(ctx.role, event.status);
  return (
    <div className="max-w-3xl space-y-6">
      {!editable && <StaffEditNotice />}
      {(await searchParams).created === "1" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Event created as a draft. Add its ticket types, then submit or publish it from Details.
        </p>
      )}
      {types.length > 0 && (
        <p className={venueCapacity !== null && totalCapacity > venueCapacity ? "rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800" : "text-sm text-gray-600"}>
          {totalCapacity} tickets in total{venueCapacity !== null ? ` for a venue that holds ${venueCapacity}` : ""}
          {venueCapacity !== null && totalCapacity > venueCapacity ? ": more than fit; lower a capacity unless not everyone attends at once." : "."}
        </p>
      )}
      {types.length === 0 ? (
        <EmptyState title="No ticket types yet" description="Add at least one (free or paid) before the event can be published." />
      ) : (
        <ol className="space-y-3" aria-label="Ticket types">
          {types.map((t, index) => (
            <li key={t.id}>
              <Card>
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2 font-medium text-gray-900">
                      {t.name}
                      {t.price === 0 ? <Badge tone="green">Free</Badge> : <span className="tabular-nums">{formatMoney(t.price, t.currency)}</span>}
                      {t.hidden && <Badge tone="amber">Hidden · code {t.unlockCode}</Badge>}
                    </p>
                    <p className="mt-1 text-sm text-gray-600">
                      <span className="tabular-nums">
                        {t.sold} sold{t.held > 0 ? ` · ${t.held} in checkout` : ""} · capacity {t.capacity}
                      </span>{" "}
                      · up to {t.maxPerOrder} per order
                    </p>
                    {(t.saleStartsAt || t.saleEndsAt) && (
                      <p className="text-xs text-gray-500">
                        On sale {t.saleStartsAt ? `from ${formatDateTime(t.saleStartsAt, event.timeZone)}` : ""} {t.saleEndsAt ? `until ${formatDateTime(t.saleEndsAt, event.timeZone)}` : ""}
                      </p>
                    )}
                  </div>
                  {editable && (
                    <div className="flex shrink-0 flex-wrap items-center gap-2">
                      {index > 0 && <ActionButton action={moveTicketTypeAction} fields={{ ...fields(t.id), direction: "up" }} label="↑" ariaLabel={`Move ${t.name} up`} />}
                      {index < types.length - 1 && <ActionButton action={moveTicketTypeAction} fields={{ ...fields(t.id), direction: "down" }} label="↓" ariaLabel={`Move ${t.name} down`} />}
                      {t.sold + t.held === 0 && <ConfirmActionForm action={deleteTicketTypeAction} fields={fields(t.id)} confirmText={`Delete the ticket type ${t.name}?`} label="Delete" />}
                    </div>
                  )}
                </div>
                {editable && (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit</summary>
                    <div className="mt-3">
                      <TicketTypeForm
                        org={ctx.slug}
                        eventId={event.id}
                        action={updateTicketTypeAction}
                        ticketTypeId={t.id}
                        initial={ticketTypeToForm(t, ctx.currency, event.timeZone)}
                        currency={ctx.currency}
                        timeZone={event.timeZone}
                        submitLabel="Save ticket type"
                      />
                    </div>
                  </details>
                )}
              </Card>
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <Card>
          <h2 className="mb-4 text-base font-semibold text-gray-900">Add a ticket type</h2>
          <TicketTypeForm
            key={types.length}
            org={ctx.slug}
            eventId={event.id}
            action={createTicketTypeAction}
            initial={ticketTypeToForm(null, ctx.currency, event.timeZone)}
            currency={ctx.currency}
            timeZone={event.timeZone}
            submitLabel="Add ticket type"
          />
        </Card>
      )}
    </div>
  );
}
