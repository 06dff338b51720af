"use client";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/safe-action";

/** One action on an order (resend, cancel, refund): a button, a confirmation when it cannot be undone, the result beside it. */
export function OrderActionButton<T>({
  org,
  orderId,
  label,
  pendingText,
  confirmText,
  action,
}: {
  org: string;
  orderId: string;
  label: string;
  pendingText: string;
  confirmText?: string;
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-stretch gap-2 sm:items-end">
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={orderId} />
      {confirmText ? (
        <ConfirmButton confirmText={confirmText}>{label}</ConfirmButton>
      ) : (
        <SubmitButton variant="secondary" pendingText={pendingText}>
          {label}
        </SubmitButton>
      )}
      <FormMessage state={state as ActionState} />
    </form>
  );
}
