"use client";
import { useActionState } from "react";
import { forgotPasswordAction } from "@/app/(auth)/actions";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField label="Email" name="email" type="email" autoComplete="email" defaultValue={values?.email} error={state && !state.ok ? state.fieldErrors?.email : undefined} required />
      <SubmitButton className="w-full" pendingText="Sending…">
        Email me a reset link
      </SubmitButton>
    </form>
  );
}
