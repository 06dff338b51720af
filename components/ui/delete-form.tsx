"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/safe-action";
import { ConfirmButton } from "./confirm-button";

type DeleteAction = (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;

/** A delete button in its own form: asks first; a refusal (not found, still in use) shows beside it. */
export function DeleteForm({ fields, confirmText, action, label = "Delete" }: { fields: Record<string, string>; confirmText: string; action: DeleteAction; label?: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmButton confirmText={confirmText}>{label}</ConfirmButton>
      {state && !state.ok && (
        <p role="alert" className="max-w-xs text-right text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
