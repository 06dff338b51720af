import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignInForm } from "@/components/auth/sign-in-form";
import { authFeatures } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/safe-next";
import { getSessionUserId } from "@/lib/auth/session";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  const { sent, error, reset } = params;
  if (await getSessionUserId()) redirect(next ?? "/");
  return (
    <AuthShell
      title="Sign in"
      subtitle="Welcome back to your dashboard."
      footer={
        <>
          New to Frontdesk?{" "}
          <Link className="font-medium text-brand-600 hover:underline" href={`/sign-up${next ? `?next=${encodeURIComponent(next)}` : ""}`}>
            Create an account
          </Link>
        </>
      }
    >
      {sent && <p className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">Check your email for the sign-in link.</p>}
      {reset && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Your new password is set, and other sessions are signed out. Sign in with it.
        </p>
      )}
      {error && <p className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">That sign-in link is invalid or has expired. Please try again.</p>}
      <SignInForm next={next} magicLink={authFeatures.magicLink} />
    </AuthShell>
  );
}
