"use client";
import { useActionState } from "react";
import type { FormAction } from "@/components/booking/confirm-action-form";
import { SubmitButton } from "@/components/ui/submit-button";

/** A small one-click action (move up, toggle) with hidden fields; a refusal shows beside it. */
export function ActionButton<T>({ action, fields, label, ariaLabel }: { action: FormAction<T>; fields: Record<string, string>; label: string; ariaLabel?: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant="secondary" className="px-2 py-1 text-xs" pendingText="…" aria-label={ariaLabel}>
        {label}
      </SubmitButton>
      {state && !state.ok && (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
