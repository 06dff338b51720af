"use client";
import { signUpAction } from "@/app/(auth)/actions";
import { OrgFields } from "@/components/orgs/org-fields";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function SignUpForm({ next, email }: { next?: string; email?: string }) {
  const [state, onSubmit, pending] = useFormAction(signUpAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next ?? ""} />
      <TextField label="Your name" name="name" required autoComplete="name" defaultValue={values?.name} error={errors?.name} maxLength={80} />
      <TextField label="Email" name="email" required type="email" autoComplete="email" defaultValue={values?.email ?? email} error={errors?.email} />
      <TextField label="Password" name="password" required type="password" autoComplete="new-password" error={errors?.password} hint="At least 8 characters." />
      <div className="border-t border-gray-200 pt-4">
        <OrgFields nameField="orgName" values={values ? { name: values.orgName, slug: values.slug, timezone: values.timezone, currency: values.currency } : undefined} errors={errors} />
      </div>
      <SubmitButton pending={pending} className="w-full" pendingText="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
