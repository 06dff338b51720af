"use client";
import { FormMessage } from "@/components/ui/form-message";
import { FieldLabel, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/safe-action";

/** Name a new flow; it opens in the editor with a /start trigger and a greeting. */
export function NewFlowForm<T>({ org, botId, action }: { org: string; botId: string; action: (prev: ActionState<T>, data: FormData) => Promise<ActionState<T>> }) {
  const [state, onSubmit, pending] = useFormAction(action);
  const error = state && !state.ok ? state.fieldErrors?.name : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="botId" value={botId} />
      <FieldLabel htmlFor="name" label="New flow" required />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="flex-1 space-y-1">
          <Input name="name" required error={error} placeholder="e.g. Welcome, Price list, Support" maxLength={80} defaultValue={state && !state.ok ? state.values?.name : ""} />
          {error && (
            <p id="name-error" role="alert" className="text-xs text-red-600">
              {error}
            </p>
          )}
        </div>
        <SubmitButton pending={pending} pendingText="Creating…">
          Create flow
        </SubmitButton>
      </div>
      {state && !state.ok && !error && <FormMessage state={state} />}
    </form>
  );
}
