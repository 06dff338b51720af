"use client";
import { useState } from "react";
import type { FormAction } from "@/components/booking/confirm-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

const MAX_BYTES = 5 * 1024 * 1024;
export const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp";

/** Too big a file is caught before it is sent; the server checks type and size again. */
export function checkImageFile(file: File | undefined): string | null {
  if (!file) return null;
  return file.size > MAX_BYTES ? "The image must be 5 MB or smaller" : null;
}

/** The event's cover: current image, upload a new one (JPEG/PNG/WebP, 5 MB), or remove it. */
export function CoverImageForm<T>({ org, eventId, coverUrl, action }: { org: string; eventId: string; coverUrl: string | null; action: FormAction<T> }) {
  const [state, onSubmit, pending] = useFormAction(action);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const error = tooBig ?? (state && !state.ok ? state.fieldErrors?.cover : undefined);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="eventId" value={eventId} />
      <FormMessage state={state} />
      {coverUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- uploaded files are served as-is
        <img src={coverUrl} alt="Current cover" className="aspect-[2/1] w-full rounded-md border border-gray-200 object-cover" />
      ) : (
        <div className="flex aspect-[2/1] w-full items-center justify-center rounded-md border border-dashed border-gray-300 text-sm text-gray-500">No cover image</div>
      )}
      <Field label="Cover image" name="cover" error={error ?? undefined} hint="JPEG, PNG or WebP, up to 5 MB; wide images (2:1) look best">
        <input
          id="cover"
          type="file"
          name="cover"
          accept={IMAGE_ACCEPT}
          onChange={(e) => setTooBig(checkImageFile(e.target.files?.[0]))}
          className="block w-full text-sm text-gray-700 file:mr-3 file:rounded-md file:border-0 file:bg-gray-100 file:px-3 file:py-1.5 file:text-sm file:font-medium"
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} disabled={Boolean(tooBig)} pendingText="Uploading…">
          Upload cover
        </SubmitButton>
        {coverUrl && (
          <Button
            type="submit"
            name="remove"
            value="on"
            variant="secondary"
            disabled={pending}
            onClick={(e) => {
              if (!window.confirm("Remove the cover image?")) e.preventDefault();
            }}
          >
            Remove
          </Button>
        )}
      </div>
    </form>
  );
}
