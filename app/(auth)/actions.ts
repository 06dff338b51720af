"use server";
import { setTimeout as sleep } from "node:timers/promises";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp, signIn, signOut } from "@/lib/auth/auth";
import { requestRefused, throttlePolicies } from "@/lib/auth/sign-in-throttle";
import { requestPasswordReset, resetRequestedMessage } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { sendVerificationEmail } from "@/lib/auth/send-verification-email";
import { AppError } from "@/lib/errors";
import { safeNextPath } from "@/lib/auth/safe-next";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { emailField, newPasswordField, personNameField } from "@/lib/auth/fields";
import { signUp } from "@/lib/tenancy/sign-up";
import { orgAction, publicAction } from "@/lib/safe-action";
import { newOrgFieldsSchema, orgFieldsSchema } from "@/lib/tenancy/org-fields";

// Only same-site paths, so a crafted link cannot bounce a user elsewhere after sign-in.
const nextPath = z.unknown().optional().transform(safeNextPath);

export const signInAction = publicAction({ schema: z.object({ email: emailField, password: z.string().min(1, "Enter your password").max(200), next: nextPath }) }, async ({ email, password, next }) => {
  await signInWithPassword({ email, password });
  redirect(next ?? "/");
});

export const signUpAction = publicAction(
  {
    schema: z.object({
      name: personNameField,
      email: emailField,
      password: newPasswordField,
      orgName: orgFieldsSchema.shape.name,
      slug: orgFieldsSchema.shape.slug,
      timezone: orgFieldsSchema.shape.timezone,
      currency: newOrgFieldsSchema.shape.currency,
      next: nextPath,
    }),
  },
  async ({ name, email, password, orgName, slug, timezone, currency, next }) => {
    // "This email has an account" is an answer sign-up cannot avoid; the network budget keeps it from being a bulk lookup.
    const ip = clientIp(await headers());
    if (ip && (await requestRefused(`signup-ip:${ip}`, throttlePolicies.ip))) throw new AppError("RATE_LIMITED", "Too many sign-ups from your network. Try again later.");
    const { orgSlug } = await signUp({ name, email, password, org: { name: orgName, slug, timezone, currency } });
    await signInWithPassword({ email, password });
    redirect(next ?? `/${orgSlug}`);
  },
);

export const magicLinkAction = publicAction({ schema: z.object({ email: emailField, next: nextPath }) }, async ({ email, next }) => {
  // A handful of links per address and per network, so nobody can flood a mailbox.
  const ip = clientIp(await headers());
  const locked = (await requestRefused(`magic:${email}`, throttlePolicies.magicLink)) || (ip !== null && (await requestRefused(`magic-ip:${ip}`, throttlePolicies.ip)));
  if (locked) throw new AppError("RATE_LIMITED", "Too many sign-in links were requested. Try again later, or sign in with your password.");
  await signIn("resend", { email, redirect: false, redirectTo: next ?? "/" });
  return { ok: true as const, message: `We sent a sign-in link to ${email}. It works once and expires in 24 hours.` };
});

// Whatever happens inside, a reset request answers after the same time, so neither the words
// nor the timing tell whether an account has this email.
const RESET_ANSWER_MS = 1200;

export const forgotPasswordAction = publicAction({ schema: z.object({ email: emailField }) }, async ({ email }) => {
  const answerAt = Date.now() + RESET_ANSWER_MS;
  const ip = clientIp(await headers());
  const locked = (await requestRefused(`reset:${email}`, throttlePolicies.emailLink)) || (ip !== null && (await requestRefused(`reset-ip:${ip}`, throttlePolicies.ip)));
  if (locked) throw new AppError("RATE_LIMITED", "Too many reset links were requested. Try again in 30 minutes.");
  await requestPasswordReset({ email }).catch((err) => console.error("[reset] request", err));
  await sleep(Math.max(0, answerAt - Date.now()));
  return { ok: true as const, message: resetRequestedMessage };
});

export const resetPasswordAction = publicAction(
  {
    schema: z.object({ token: z.string().max(100), password: newPasswordField, passwordConfirm: z.string().max(200) }).refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "The two passwords differ" }),
  },
  async ({ token, password }) => {
    await resetPassword({ token, password });
    redirect("/sign-in?reset=1");
  },
);

export const resendVerificationAction = orgAction({ schema: z.object({}) }, async (_input, ctx) => {
  if (await requestRefused(`verify:${ctx.userId}`, throttlePolicies.emailLink)) throw new AppError("RATE_LIMITED", "You asked for several links already. Try again in 30 minutes.");
  const { sent } = await sendVerificationEmail({ userId: ctx.userId, orgId: ctx.orgId });
  return { ok: true as const, message: sent ? "We sent you a new confirmation link. It works once and expires in 48 hours." : "Your email address is already confirmed." };
});

/** Signs out; a form may carry `next` (a path on this site) to come back to after signing in again. */
export async function signOutAction(formData?: FormData) {
  const next = safeNextPath(formData?.get("next"));
  await signOut({ redirectTo: next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in" });
}
