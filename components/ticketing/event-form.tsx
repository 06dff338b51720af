"use client";
import { useState } from "react";
import type { FormAction } from "@/components/booking/confirm-action-form";
import { ButtonLink } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { NameAndSlugFields } from "@/components/ui/name-and-slug-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export type EventFormValues = { title: string; slug: string; description: string; venueId: string; startsAt: string; endsAt: string };
type VenueOption = { id: string; name: string; city: string; timeZone: string };

/** Create or edit an event. The slug follows the title until edited; times are in the venue's zone. */
export function EventForm<T>({
  org,
  action,
  eventId,
  initial,
  venues,
  orgTimeZone,
  venuesHref,
  submitLabel,
  cancelHref,
}: {
  org: string;
  action: FormAction<T>;
  eventId?: string;
  initial: EventFormValues;
  venues: VenueOption[];
  orgTimeZone: string;
  venuesHref: string;
  submitLabel: string;
  cancelHref?: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const [venueId, setVenueId] = useState(initial.venueId);
  const timeZone = venues.find((v) => v.id === venueId)?.timeZone ?? orgTimeZone;
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <input type="hidden" name="org" value={org} />
      {eventId && <input type="hidden" name="id" value={eventId} />}
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <NameAndSlugFields
          name={{ label: "Title", field: "title", maxLength: 140 }}
          slug={{ hint: (slug) => `The public page: /e/${slug || "your-event"}`, maxLength: 80 }}
          initial={{ name: initial.title, slug: initial.slug }}
          editing={Boolean(eventId)}
          errors={errors}
        />
        <div className="sm:col-span-2">
          <Field label="Description" name="description" error={errors.description} hint="Shown on the public event page">
            <Textarea name="description" rows={5} defaultValue={initial.description} error={errors.description} maxLength={10000} />
          </Field>
        </div>
        <Field label="Venue" name="venueId" error={errors.venueId} hint={venues.length === 0 ? undefined : "Event times are entered in the venue's time zone"}>
          <Select name="venueId" value={venueId} onChange={(e) => setVenueId(e.target.value)} error={errors.venueId}>
            <option value="">No venue (online or to be announced)</option>
            {venues.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}, {v.city}
              </option>
            ))}
          </Select>
          {venues.length === 0 && (
            <p className="text-xs text-gray-500">
              No venues yet.{" "}
              <a href={venuesHref} className="text-brand-700 underline">
                Add a venue
              </a>
              .
            </p>
          )}
        </Field>
        <p className="self-end pb-2 text-sm text-gray-600">
          Times in <span className="font-medium text-gray-900">{timeZone.replaceAll("_", " ")}</span>
        </p>
        <Field label="Starts" name="startsAt" error={errors.startsAt} required>
          <Input type="datetime-local" name="startsAt" required defaultValue={initial.startsAt} error={errors.startsAt} />
        </Field>
        <Field label="Ends" name="endsAt" error={errors.endsAt} required>
          <Input type="datetime-local" name="endsAt" required defaultValue={initial.endsAt} error={errors.endsAt} />
        </Field>
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        {cancelHref && (
          <ButtonLink href={cancelHref} variant="secondary">
            Cancel
          </ButtonLink>
        )}
      </div>
    </form>
  );
}
