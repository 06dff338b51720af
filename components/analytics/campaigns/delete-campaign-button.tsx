"use client";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionState } from "@/lib/safe-action";

type DeleteAction = (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;

/** Delete a campaign and its daily metrics, after a confirm. */
export function DeleteCampaignButton({ org, campaignId, name, action }: { org: string; campaignId: string; name: string; action: DeleteAction }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={campaignId} />
      <ConfirmButton confirmText={`Delete the campaign "${name}" and all its daily metrics? This cannot be undone.`}>Delete</ConfirmButton>
      {state && !state.ok && (
        <p role="alert" className="max-w-xs text-right text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
