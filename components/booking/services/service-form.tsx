"use client";
import { useState } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Field, Input, Textarea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { NameAndSlugFields } from "@/components/ui/name-and-slug-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormAction } from "../confirm-action-form";

export type ServiceFormValues = Record<
  | "name"
  | "slug"
  | "description"
  | "durationMinutes"
  | "price"
  | "bufferBeforeMinutes"
  | "bufferAfterMinutes"
  | "minimumNoticeMinutes"
  | "bookingWindowDays"
  | "maxBookingsPerDay"
  | "slotIntervalMinutes"
  | "cancellationCutoffHours"
  | "reminderOffsetsMinutes",
  string
> & { requiresPayment: boolean; requiresConfirmation: boolean; staffIds: string[] };

type StaffOption = { id: string; name: string; timeZone: string };

const isZeroPrice = (s: string) => /^[\s0.,]*$/.test(s);

/** Create or edit a service. The slug follows the name until edited; payment up front needs a price. */
export function ServiceForm<T>({
  org,
  action,
  serviceId,
  initial,
  currency,
  staff,
  staffHref,
  submitLabel,
  cancelHref,
}: {
  org: string;
  action: FormAction<T>;
  serviceId?: string;
  initial: ServiceFormValues;
  currency: string;
  staff: StaffOption[];
  staffHref: string;
  submitLabel: string;
  cancelHref: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const [price, setPrice] = useState(initial.price);
  const [requiresPayment, setRequiresPayment] = useState(initial.requiresPayment);
  const free = isZeroPrice(price);
  const num = (label: string, name: keyof ServiceFormValues, hint?: string, suffix?: string, required?: boolean) => (
    <TextField label={suffix ? `${label} (${suffix})` : label} name={name} defaultValue={initial[name] as string} error={errors[name]} hint={hint} inputMode="numeric" autoComplete="off" required={required} />
  );
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <input type="hidden" name="org" value={org} />
      {serviceId && <input type="hidden" name="id" value={serviceId} />}
      <FormMessage state={state} />
      <fieldset className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <legend className="mb-3 text-base font-semibold text-gray-900">Basics</legend>
        <NameAndSlugFields
          name={{ label: "Name", field: "name", maxLength: 120 }}
          slug={{ hint: () => "The end of the booking link: lowercase letters, digits, dashes", maxLength: 60 }}
          initial={initial}
          editing={Boolean(serviceId)}
          errors={errors}
        />
        <div className="sm:col-span-2">
          <Field label="Description" name="description" error={errors.description} hint="Shown on the booking page">
            <Textarea name="description" rows={3} defaultValue={initial.description} error={errors.description} maxLength={2000} />
          </Field>
        </div>
        {num("Duration", "durationMinutes", undefined, "minutes", true)}
        <Field label={`Price (${currency})`} name="price" error={errors.price} hint="Leave 0 for a free service, e.g. 49.90">
          <Input name="price" value={price} onChange={(e) => setPrice(e.target.value)} error={errors.price} inputMode="decimal" autoComplete="off" />
        </Field>
      </fieldset>

      <fieldset className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <legend className="mb-3 text-base font-semibold text-gray-900">Scheduling</legend>
        {num("Buffer before", "bufferBeforeMinutes", "Preparation time kept free before each appointment", "minutes")}
        {num("Buffer after", "bufferAfterMinutes", "Clean-up time kept free after each appointment", "minutes")}
        {num("Minimum notice", "minimumNoticeMinutes", "How soon before its start a slot can still be booked", "minutes")}
        {num("Booking window", "bookingWindowDays", "How many days ahead clients may book; empty for no limit", "days")}
        {num("Max bookings per day", "maxBookingsPerDay", "Per staff member; empty for no limit")}
        {num("Slot interval", "slotIntervalMinutes", "Time between start times; empty to use the duration", "minutes")}
      </fieldset>

      <fieldset className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <legend className="mb-3 text-base font-semibold text-gray-900">Payment, confirmation and reminders</legend>
        <div className="space-y-1 sm:col-span-2">
          <label className="flex items-start gap-2 text-sm text-gray-800">
            <input type="checkbox" name="requiresPayment" className="mt-0.5" checked={requiresPayment && !free} disabled={free} onChange={(e) => setRequiresPayment(e.target.checked)} />
            <span>Require payment up front (Stripe Checkout; the slot is held for 10 minutes)</span>
          </label>
          {free && <p className="pl-6 text-xs text-gray-500">The price is 0, so there is nothing to pay. Set a price to take payment up front.</p>}
          {errors.requiresPayment && (
            <p className="pl-6 text-xs text-red-600" role="alert">
              {errors.requiresPayment}
            </p>
          )}
        </div>
        <label className="flex items-start gap-2 text-sm text-gray-800 sm:col-span-2">
          <input type="checkbox" name="requiresConfirmation" className="mt-0.5" defaultChecked={initial.requiresConfirmation} />
          <span>Bookings need my confirmation before they are final</span>
        </label>
        {num("Cancellation cutoff", "cancellationCutoffHours", "Clients can cancel or reschedule until this long before the start", "hours")}
        <TextField label="Reminders before the start" name="reminderOffsetsMinutes" defaultValue={initial.reminderOffsetsMinutes} error={errors.reminderOffsetsMinutes} hint='Comma-separated, e.g. "24 h, 1 h"; empty for none' autoComplete="off" />
      </fieldset>

      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">Who performs it</legend>
        {staff.length === 0 ? (
          <p className="text-sm text-gray-600">
            No active staff yet.{" "}
            <a href={staffHref} className="text-brand-700 underline">
              Add a staff member
            </a>{" "}
            first; a service without staff offers no slots.
          </p>
        ) : (
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
            {staff.map((s) => (
              <label key={s.id} className="flex items-center gap-2 rounded-md border border-gray-200 px-3 py-2 text-sm">
                <input type="checkbox" name="staffIds[]" value={s.id} defaultChecked={initial.staffIds.includes(s.id)} />
                <span className="font-medium text-gray-900">{s.name}</span>
                <span className="truncate text-xs text-gray-500">{s.timeZone}</span>
              </label>
            ))}
          </div>
        )}
        {errors["staffIds[]"] && (
          <p className="mt-1 text-xs text-red-600" role="alert">
            {errors["staffIds[]"]}
          </p>
        )}
      </fieldset>

      <div className="flex gap-2">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        <ButtonLink href={cancelHref} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
