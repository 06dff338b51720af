"use client";
import { useState } from "react";
import { TimeZoneSelect } from "@/components/booking/time-zone-select";
import type { FormAction } from "@/components/booking/confirm-action-form";
import { ButtonLink } from "@/components/ui/button";
import { Field, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export type VenueFormValues = { name: string; address: string; city: string; capacity: string; timeZone: string };

/** Create or edit a venue: where events happen and the time zone their times are entered in. */
export function VenueForm<T>({ org, action, venueId, initial, submitLabel, cancelHref }: { org: string; action: FormAction<T>; venueId?: string; initial: VenueFormValues; submitLabel: string; cancelHref: string }) {
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <input type="hidden" name="org" value={org} />
      {venueId && <input type="hidden" name="id" value={venueId} />}
      <input type="hidden" name="timeZone" value={timeZone} />
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <TextField label="Name" name="name" required defaultValue={initial.name} error={errors.name} maxLength={120} autoComplete="off" />
        <TextField label="Capacity" name="capacity" defaultValue={initial.capacity} error={errors.capacity} hint="People the room holds; empty if it varies" inputMode="numeric" autoComplete="off" />
        <TextField label="Address" name="address" required defaultValue={initial.address} error={errors.address} maxLength={200} autoComplete="off" />
        <TextField label="City" name="city" required defaultValue={initial.city} error={errors.city} maxLength={80} autoComplete="off" />
        <Field label="Time zone" name="tz" error={errors.timeZone} hint="Event times at this venue are entered in this zone">
          <TimeZoneSelect value={timeZone} onChange={setTimeZone} />
        </Field>
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        <ButtonLink href={cancelHref} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
