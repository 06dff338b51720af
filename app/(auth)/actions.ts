"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp, signIn, signOut } from "@/lib/auth/auth";
import { takeAttempt, throttlePolicies } from "@/lib/auth/sign-in-throttle";
import { AppError } from "@/lib/errors";
import { safeNextPath } from "@/lib/auth/safe-next";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { emailField, newPasswordField, personNameField } from "@/lib/auth/fields";
import { signUp } from "@/lib/auth/sign-up";
import { publicAction } from "@/lib/safe-action";
import { orgFieldsSchema } from "@/lib/tenancy/org-fields";

// Only same-site paths, so a crafted link cannot bounce a user elsewhere after sign-in.
const nextPath = z.unknown().optional().transform(safeNextPath);

export const signInAction = publicAction(
  { schema: z.object({ email: emailField, password: z.string().min(1, "Enter your password").max(200), next: nextPath }) },
  async ({ email, password, next }) => {
    await signInWithPassword({ email, password });
    redirect(next ?? "/");
  },
);

export const signUpAction = publicAction(
  {
    schema: z.object({
      name: personNameField,
      email: emailField,
      password: newPasswordField,
      orgName: orgFieldsSchema.shape.name,
      slug: orgFieldsSchema.shape.slug,
      timezone: orgFieldsSchema.shape.timezone,
      currency: orgFieldsSchema.shape.currency,
      next: nextPath,
    }),
  },
  async ({ name, email, password, orgName, slug, timezone, currency, next }) => {
    const { orgSlug } = await signUp({ name, email, password, org: { name: orgName, slug, timezone, currency } });
    await signInWithPassword({ email, password });
    redirect(next ?? `/${orgSlug}`);
  },
);

export const magicLinkAction = publicAction({ schema: z.object({ email: emailField, next: nextPath }) }, async ({ email, next }) => {
  // A handful of links per address and per network, so nobody can flood a mailbox.
  const ip = clientIp(await headers());
  for (const [key, policy] of [[`magic:${email}`, throttlePolicies.magicLink], ...(ip ? [[`magic-ip:${ip}`, throttlePolicies.ip] as const] : [])] as const) {
    if ((await takeAttempt(key, policy)).lockedUntil) throw new AppError("RATE_LIMITED", "Too many sign-in links were requested. Try again later, or sign in with your password.");
  }
  await signIn("resend", { email, redirect: false, redirectTo: next ?? "/" });
  return { ok: true as const, message: `We sent a sign-in link to ${email}. It works once and expires in 24 hours.` };
});

/** Signs out; a form may carry `next` (a path on this site) to come back to after signing in again. */
export async function signOutAction(formData?: FormData) {
  const next = safeNextPath(formData?.get("next"));
  await signOut({ redirectTo: next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in" });
}
