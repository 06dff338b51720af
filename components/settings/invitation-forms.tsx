"use client";
import { useActionState } from "react";
import { acceptInvitationAction, signUpWithInvitationAction } from "@/app/invite/actions";
import { Field, Input, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function AcceptInvitationForm({ token, orgName }: { token: string; orgName: string }) {
  const [state, action] = useActionState(acceptInvitationAction, null);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="w-full" pendingText="Joining…">
        Accept and open {orgName}
      </SubmitButton>
    </form>
  );
}

/** Name and password; the email is the invited one and cannot be changed. */
export function InvitationSignUpForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(signUpWithInvitationAction, null);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field label="Email" name="invited-email" hint="The invitation is for this address." error={failed?.fieldErrors?.email}>
        <Input name="invited-email" value={email} readOnly disabled className="bg-gray-50 text-gray-600" />
      </Field>
      <TextField label="Your name" name="name" required autoComplete="name" maxLength={80} defaultValue={failed?.values?.name} error={failed?.fieldErrors?.name} />
      <TextField label="Password" name="password" required type="password" autoComplete="new-password" hint="At least 8 characters." error={failed?.fieldErrors?.password} />
      <SubmitButton className="w-full" pendingText="Creating your account…">
        Create account and join
      </SubmitButton>
    </form>
  );
}
