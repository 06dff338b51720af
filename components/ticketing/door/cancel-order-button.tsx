"use client";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/safe-action";


/** Cancel (free) or refund (paid) an order, after a confirmation that says what will happen. */
export function CancelOrderButton<T>({ org, orderId, paid, amountLabel, action }: { org: string; orderId: string; paid: boolean; amountLabel: string; action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>> }) {
  const [state, formAction] = useActionState(action, null);
  const label = paid ? `Refund ${amountLabel}` : "Cancel order";
  const confirmText = paid
    ? `Refund ${amountLabel} to the buyer through Stripe and void every ticket of this order? This cannot be undone.`
    : "Cancel this order and void every ticket of it? This cannot be undone.";
  return (
    <form action={formAction} className="flex flex-col items-stretch gap-2 sm:items-end">
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={orderId} />
      <ConfirmButton confirmText={confirmText}>{label}</ConfirmButton>
      <FormMessage state={state as ActionState} />
    </form>
  );
}
