"use client";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/safe-action";
import { SlotPicker, type PickedSlot } from "./slot-picker";
import { TimeZoneSelect } from "./time-zone-select";

type Action = (state: ActionState, data: FormData) => Promise<ActionState>;

/** Reschedule (pick a new time like on the booking page) and cancel (asks first, reason optional). */
export function ManageBookingActions(props: { token: string; orgSlug: string; serviceSlug: string; staffId: string; clientTimeZone: string; bookedStart: string; windowDays: number | null; cancelAction: Action; rescheduleAction: Action }) {
  const [cancelState, onCancel, canceling] = useFormAction(props.cancelAction);
  const [moveState, onMove, moving] = useFormAction(props.rescheduleAction);
  const [open, setOpen] = useState(false);
  const [timeZone, setTimeZone] = useState(props.clientTimeZone);
  const [slot, setSlot] = useState<PickedSlot | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);

  useEffect(() => {
    if (moveState && !moveState.ok && moveState.fieldErrors?.slot) {
      setSlot(null);
      setRefreshKey((k) => k + 1);
    }
    if (moveState?.ok) setOpen(false);
  }, [moveState]);

  return (
    <div className="space-y-6">
      <FormMessage state={moveState?.ok ? moveState : cancelState} />
      <section>
        {!open ? (
          <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
            Reschedule
          </Button>
        ) : (
          <form onSubmit={onMove} className="space-y-4">
            <h2 className="text-base font-semibold text-gray-900">Pick a new time</h2>
            <div className="max-w-xs space-y-1">
              <label htmlFor="tz" className="block text-sm font-medium text-gray-700">
                Times shown in
              </label>
              <TimeZoneSelect
                value={timeZone}
                onChange={(tz) => {
                  setTimeZone(tz);
                  setSlot(null);
                }}
              />
            </div>
            <SlotPicker
              slotsPath={`/api/book/${props.orgSlug}/${props.serviceSlug}/slots`}
              staff={props.staffId}
              timeZone={timeZone}
              windowDays={props.windowDays}
              selected={slot}
              onSelect={setSlot}
              refreshKey={refreshKey}
              bookedStart={props.bookedStart}
            />
            <input type="hidden" name="token" value={props.token} />
            <input type="hidden" name="start" value={slot?.start ?? ""} />
            {moveState && !moveState.ok && <FormMessage state={moveState} />}
            <div className="flex flex-wrap gap-2">
              <SubmitButton pending={moving} disabled={!slot} pendingText="Moving…">
                {slot ? `Move to ${slot.dayLabel}, ${slot.label}` : "Pick a time"}
              </SubmitButton>
              <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
                Keep current time
              </Button>
            </div>
          </form>
        )}
      </section>
      <form onSubmit={onCancel} className="space-y-3 border-t border-gray-200 pt-6">
        <h2 className="text-base font-semibold text-gray-900">Cancel this booking</h2>
        <input type="hidden" name="token" value={props.token} />
        <Field label="Reason (optional)" name="reason" error={cancelState && !cancelState.ok ? cancelState.fieldErrors?.reason : undefined}>
          <Textarea name="reason" rows={2} maxLength={500} />
        </Field>
        <ConfirmButton confirmText="Cancel this booking? The time will be given to others." disabled={canceling}>
          {canceling ? "Canceling…" : "Cancel booking"}
        </ConfirmButton>
      </form>
    </div>
  );
}
