"use client";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionState } from "@/lib/safe-action";

type DeleteAction = (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;

/** Delete with a confirm; a refusal shows beside the button. Customers are never touched. */
export function DeleteSegmentButton({ org, segmentId, name, action }: { org: string; segmentId: string; name: string; action: DeleteAction }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={segmentId} />
      <ConfirmButton confirmText={`Delete the segment "${name}"? Its customers stay; only the saved conditions go.`}>Delete</ConfirmButton>
      {state && !state.ok && (
        <p role="alert" className="max-w-xs text-right text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
