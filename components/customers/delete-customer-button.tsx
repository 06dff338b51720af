"use client";
import { DeleteForm } from "@/components/ui/delete-form";
import type { ActionState } from "@/lib/safe-action";

type DeleteAction = (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;

/** Delete with a confirm; a refusal (orders, not found) shows beside the button. */
export function DeleteCustomerButton({ org, customerId, name, action }: { org: string; customerId: string; name: string; action: DeleteAction }) {
  return <DeleteForm fields={{ org, id: customerId }} confirmText={`Delete ${name}? This cannot be undone.`} action={action} />;
}
