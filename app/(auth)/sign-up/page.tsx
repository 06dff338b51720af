import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { safeNextPath } from "@/lib/auth/safe-next";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : undefined;
  return (
    <AuthShell
      title="Create your account"
      subtitle="Your account and your business's organization, in one step."
      footer={
        <>
          Already have an account?{" "}
          <Link className="font-medium text-brand-600 hover:underline" href={`/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`}>
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm next={next} email={email} />
    </AuthShell>
  );
}
