"use client";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { BookingAction } from "@/lib/booking/client";
import type { ActionState } from "@/lib/safe-action";

type Props<T> = { org: string; bookingId: string; actions: { action: BookingAction; label: string }[]; refundNote: string | null; changeStatus: (state: ActionState<T>, data: FormData) => Promise<ActionState<T>> };

/** The status changes the transition table allows right now; decline and cancel ask first. */
export function BookingStatusActions<T>({ org, bookingId, actions, refundNote, changeStatus }: Props<T>) {
  const [state, formAction] = useActionState<ActionState<T>, FormData>(changeStatus, null);
  if (actions.length === 0) return <p className="text-sm text-gray-500">No status changes are possible for this booking.</p>;
  const hidden = (
    <>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={bookingId} />
    </>
  );
  const simple = actions.filter((a) => a.action !== "cancel");
  const cancel = actions.find((a) => a.action === "cancel");
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {simple.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {simple.map(({ action, label }) => (
            <form key={action} action={formAction}>
              {hidden}
              <input type="hidden" name="action" value={action} />
              {action === "decline" ? (
                <ConfirmButton confirmText="Decline this booking? The client is emailed and the time is freed." variant="secondary">
                  {label}
                </ConfirmButton>
              ) : (
                <SubmitButton variant={action === "confirm" ? "primary" : "secondary"} pendingText="Working…">
                  {label}
                </SubmitButton>
              )}
            </form>
          ))}
        </div>
      )}
      {cancel && (
        <form action={formAction} className={simple.length > 0 ? "space-y-3 border-t border-gray-200 pt-4" : "space-y-3"}>
          {hidden}
          <input type="hidden" name="action" value="cancel" />
          <Field label="Reason for canceling (optional, the client sees it)" name="reason" error={state && !state.ok ? state.fieldErrors?.reason : undefined}>
            <Textarea name="reason" rows={2} maxLength={500} />
          </Field>
          {refundNote && <p className="text-sm text-gray-600">{refundNote}</p>}
          <ConfirmButton confirmText={`Cancel this booking?${refundNote ? ` ${refundNote}` : ""} The client is emailed.`}>{cancel.label}</ConfirmButton>
        </form>
      )}
    </div>
  );
}
