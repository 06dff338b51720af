"use client";
import { useActionState } from "react";
import { resendVerificationAction } from "@/app/(auth)/actions";

/** Until the address is confirmed: what it holds back, and a new link on request (throttled). */
export function VerifyEmailBanner({ slug, email }: { slug: string; email: string }) {
  const [state, action, pending] = useActionState(resendVerificationAction, null);
  return (
    <div role="status" className="border-b border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 sm:px-8">
      <form action={action} className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1">
        <input type="hidden" name="org" value={slug} />
        <span className="min-w-0 break-words">
          Confirm your email address <b className="font-semibold">{email}</b> with the link we sent you. Until then you cannot invite people or send broadcasts.
        </span>
        <button type="submit" disabled={pending} className="font-semibold text-amber-900 underline hover:no-underline disabled:opacity-60">
          {pending ? "Sending…" : "Resend link"}
        </button>
        {state && <span className={state.ok ? "text-green-800" : "text-red-700"}>{state.message}</span>}
      </form>
    </div>
  );
}
