"use client";
import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit that runs a useActionState action in a transition instead of through the form's
 * `action` prop. React resets a form after its action; selects then jump to their first option
 * (a controlled time zone to "Africa/Abidjan", a role to "Owner"), and the next save would send
 * that. Submitting this way keeps every field as the user left it.
 */
export function submitWithoutReset(action: (data: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
}
