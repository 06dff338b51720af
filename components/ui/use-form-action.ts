"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionState } from "@/lib/safe-action";

/**
 * useActionState for a form, submitted from onSubmit instead of the form's `action` prop.
 * React resets a form after its action: selects then jump to their first option (a time zone to
 * "Africa/Abidjan", a role to "Owner") and the next save would send that. Submitting this way
 * keeps every field as the user left it. Returns [state, onSubmit, pending].
 */
export function useFormAction<T>(action: (prev: ActionState<T>, data: FormData) => Promise<ActionState<T>>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // The submitter's name/value is sent too, so a form can have several buttons with different meanings.
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
