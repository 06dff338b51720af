"use client";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionState } from "@/lib/safe-action";

type DeleteAction = (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;

/** Delete with a confirm; a refusal (orders, not found) shows beside the button. */
export function DeleteCustomerButton({ org, customerId, name, action }: { org: string; customerId: string; name: string; action: DeleteAction }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={customerId} />
      <ConfirmButton confirmText={`Delete ${name}? This cannot be undone.`}>Delete</ConfirmButton>
      {state && !state.ok && (
        <p role="alert" className="max-w-xs text-right text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
