import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { getSessionUserId } from "@/lib/auth/session";
import { verifyEmail } from "@/lib/auth/verify-email";

export const metadata = { title: "Confirm your email" };

// /verify-email/[token]: the emailed confirmation link; opening it confirms the address once.
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const verified = (await verifyEmail({ token })) !== null;
  const signedIn = Boolean(await getSessionUserId());
  const next = signedIn ? { href: "/", label: "Go to your dashboard" } : { href: "/sign-in", label: "Sign in" };
  return (
    <AuthShell title={verified ? "Email confirmed" : "This link does not work"}>
      <div className="space-y-4">
        <p role={verified ? "status" : "alert"} className={verified ? "rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" : "rounded-md bg-red-50 px-3 py-2 text-sm text-red-700"}>
          {verified ? "Thank you: your email address is confirmed. You can now invite your team and send broadcasts." : "This confirmation link is invalid, already used or expired. Sign in and send a new one from the banner in your dashboard."}
        </p>
        <Link className="text-sm font-medium text-brand-600 hover:underline" href={next.href}>
          {next.label}
        </Link>
      </div>
    </AuthShell>
  );
}
