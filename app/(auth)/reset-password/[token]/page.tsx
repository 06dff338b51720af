import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { resetLinkInvalidMessage } from "@/lib/auth/reset-password";
import { findOpenUserToken } from "@/lib/auth/user-token";

export const metadata = { title: "Choose a new password" };

// /reset-password/[token]: the emailed reset link. Opening it uses nothing up (mail scanners open
// links too); only submitting the form does.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const open = await findOpenUserToken({ token, purpose: "RESET_PASSWORD" });
  return (
    <AuthShell
      title="Choose a new password"
      subtitle={open ? "After this, every other session of your account is signed out." : undefined}
      footer={
        <Link className="font-medium text-brand-600 hover:underline" href="/sign-in">
          Back to sign in
        </Link>
      }
    >
      {open ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="space-y-4">
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {resetLinkInvalidMessage}
          </p>
          <Link className="text-sm font-medium text-brand-600 hover:underline" href="/forgot-password">
            Get a new reset link
          </Link>
        </div>
      )}
    </AuthShell>
  );
}
