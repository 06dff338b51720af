import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { env } from "@/lib/env";

export const metadata = { title: "Forgot your password" };

// /forgot-password: ask for a reset link by email (the answer is the same for every address).
export default function ForgotPasswordPage() {
  const resendConfigured = Boolean(env().RESEND_API_KEY);
  return (
    <AuthShell
      title="Forgot your password?"
      subtitle="Enter the email you sign in with and we will send you a link to choose a new password."
      footer={
        <Link className="font-medium text-brand-600 hover:underline" href="/sign-in">
          Back to sign in
        </Link>
      }
    >
      {!resendConfigured && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">This server does not send email yet (no Resend key): the link waits in the email outbox under Settings → Emails, shown only to you.</p>
      )}
      <ForgotPasswordForm />
    </AuthShell>
  );
}
