"use client";
import { useState } from "react";
import type { FormAction } from "@/components/booking/confirm-action-form";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { checkImageFile, IMAGE_ACCEPT } from "./cover-image-form";

export type LineupItemValues = { name: string; role: string; bio: string; notes: string; hasImage: boolean };

/** Add or edit a lineup entry: who, in what role, bio, collection/show notes, a photo. */
export function LineupItemForm<T>({ org, eventId, itemId, initial, action, submitLabel }: { org: string; eventId: string; itemId?: string; initial: LineupItemValues; action: FormAction<T>; submitLabel: string }) {
  const [state, onSubmit, pending] = useFormAction(action);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const id = (name: string) => `lineup-${name}-${itemId ?? "new"}`;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="eventId" value={eventId} />
      {itemId && <input type="hidden" name="id" value={itemId} />}
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Name" name={id("name")} error={errors.name} required>
          <Input name="name" required id={id("name")} defaultValue={initial.name} error={errors.name} maxLength={120} autoComplete="off" />
        </Field>
        <Field label="Role" name={id("role")} error={errors.role} hint="e.g. Designer, DJ, Speaker" required>
          <Input name="role" required id={id("role")} defaultValue={initial.role} error={errors.role} maxLength={80} autoComplete="off" />
        </Field>
        <div className="sm:col-span-2">
          <Field label="Bio" name={id("bio")} error={errors.bio}>
            <Textarea name="bio" id={id("bio")} rows={2} defaultValue={initial.bio} error={errors.bio} maxLength={2000} />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field label="Collection / show notes" name={id("notes")} error={errors.notes}>
            <Textarea name="notes" id={id("notes")} rows={2} defaultValue={initial.notes} error={errors.notes} maxLength={2000} />
          </Field>
        </div>
        <Field label="Photo" name={id("image")} error={tooBig ?? errors.image} hint="JPEG, PNG or WebP, up to 5 MB">
          <input
            id={id("image")}
            type="file"
            name="image"
            accept={IMAGE_ACCEPT}
            onChange={(e) => setTooBig(checkImageFile(e.target.files?.[0]))}
            className="block w-full text-sm text-gray-700 file:mr-3 file:rounded-md file:border-0 file:bg-gray-100 file:px-3 file:py-1.5 file:text-sm"
          />
        </Field>
        {initial.hasImage && (
          <label className="flex items-center gap-2 self-end pb-2 text-sm text-gray-800">
            <input type="checkbox" name="removeImage" /> Remove the current photo
          </label>
        )}
      </div>
      <SubmitButton pending={pending} disabled={Boolean(tooBig)}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
