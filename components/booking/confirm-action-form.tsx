"use client";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionState } from "@/lib/safe-action";

export type FormAction<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/** One button that asks before it runs an action (archive, deactivate, delete); its result shows beside it. */
export function ConfirmActionForm<T>({ action, fields, confirmText, label, variant = "danger" }: { action: FormAction<T>; fields: Record<string, string>; confirmText: string; label: string; variant?: "danger" | "secondary" }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2 sm:items-end">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmButton confirmText={confirmText} variant={variant}>
        {label}
      </ConfirmButton>
      {state && (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "max-w-xs text-sm text-green-700 sm:text-right" : "max-w-xs text-sm text-red-700 sm:text-right"}>
          {state.message}
        </p>
      )}
    </form>
  );
}
