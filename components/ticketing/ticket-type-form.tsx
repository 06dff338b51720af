"use client";
import { useState } from "react";
import type { FormAction } from "@/components/booking/confirm-action-form";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { TicketTypeFormValues } from "@/lib/ticketing/client";

/** Add or edit a ticket type: price in the org currency (blank = free), capacity, sale window in the event's zone. */
export function TicketTypeForm<T>({
  org,
  eventId,
  action,
  ticketTypeId,
  initial,
  currency,
  timeZone,
  submitLabel,
}: {
  org: string;
  eventId: string;
  action: FormAction<T>;
  ticketTypeId?: string;
  initial: TicketTypeFormValues;
  currency: string;
  timeZone: string;
  submitLabel: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const [hidden, setHidden] = useState(initial.hidden);
  const id = (name: string) => `${name}-${ticketTypeId ?? "new"}`;
  // Several of these forms share a page, so ids carry the ticket type's id.
  const text = (label: string, name: keyof TicketTypeFormValues, { hint, ...props }: React.InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {}) => (
    <Field label={label} name={id(name)} error={errors[name]} hint={hint} required={props.required}>
      <Input name={name} id={id(name)} defaultValue={String(initial[name])} error={errors[name]} autoComplete="off" {...props} />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="eventId" value={eventId} />
      {ticketTypeId && <input type="hidden" name="id" value={ticketTypeId} />}
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {text("Name", "name", { required: true, maxLength: 80, placeholder: "General admission" })}
        {text(`Price (${currency})`, "price", { inputMode: "decimal", hint: "Leave empty or 0 for a free ticket", placeholder: "0.00" })}
        <div className="sm:col-span-2">{text("Description", "description", { maxLength: 500, hint: "Optional: what this ticket includes" })}</div>
        {text("Capacity", "capacity", { required: true, inputMode: "numeric", hint: "Tickets of this type for sale in total" })}
        {text("Max per order", "maxPerOrder", { inputMode: "numeric" })}
        <Field label={`Sale starts (${timeZone})`} name={id("saleStartsAt")} error={errors.saleStartsAt} hint="Empty: on sale once published">
          <Input type="datetime-local" name="saleStartsAt" id={id("saleStartsAt")} defaultValue={initial.saleStartsAt} error={errors.saleStartsAt} />
        </Field>
        <Field label={`Sale ends (${timeZone})`} name={id("saleEndsAt")} error={errors.saleEndsAt} hint="Empty: until the event starts">
          <Input type="datetime-local" name="saleEndsAt" id={id("saleEndsAt")} defaultValue={initial.saleEndsAt} error={errors.saleEndsAt} />
        </Field>
        <label className="flex items-start gap-2 text-sm text-gray-800 sm:col-span-2">
          <input type="checkbox" name="hidden" className="mt-0.5" checked={hidden} onChange={(e) => setHidden(e.target.checked)} />
          <span>Hidden: only offered to buyers who enter an unlock code (press, crew, friends)</span>
        </label>
        {hidden && text("Unlock code", "unlockCode", { maxLength: 40, hint: "4-40 letters, digits, - or _" })}
      </div>
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
