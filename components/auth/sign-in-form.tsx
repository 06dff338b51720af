"use client";
import Link from "next/link";
import { useActionState } from "react";
import { magicLinkAction, signInAction } from "@/app/(auth)/actions";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({ next, magicLink }: { next?: string; magicLink: boolean }) {
  const [state, action] = useActionState(signInAction, null);
  const [linkState, linkAction] = useActionState(magicLinkAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="next" value={next ?? ""} />
        <TextField label="Email" name="email" type="email" autoComplete="email" defaultValue={values?.email} error={errors?.email} required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" error={errors?.password} required />
        <p className="-mt-2 text-right text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-600 hover:underline">
            Forgot your password?
          </Link>
        </p>
        <SubmitButton className="w-full" pendingText="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      {magicLink && (
        <form action={linkAction} className="space-y-3 border-t border-gray-200 pt-5" noValidate>
          <p className="text-sm text-gray-600">Or get a one-time sign-in link by email.</p>
          <FormMessage state={linkState} />
          <input type="hidden" name="next" value={next ?? ""} />
          <TextField label="Email for the link" name="email" type="email" required error={linkState && !linkState.ok ? linkState.fieldErrors?.email : undefined} />
          <SubmitButton variant="secondary" className="w-full" pendingText="Sending…">
            Email me a link
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
