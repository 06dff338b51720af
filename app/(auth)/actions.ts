"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { emailField, newPasswordField, personNameField } from "@/lib/auth/fields";
import { signUp } from "@/lib/auth/sign-up";
import { publicAction } from "@/lib/safe-action";
import { orgFieldsSchema } from "@/lib/tenancy/org-fields";

// Only same-site relative paths, so a crafted link cannot bounce a user elsewhere after sign-in.
const nextPath = z
  .string()
  .optional()
  .transform((p) => (p && p.startsWith("/") && !p.startsWith("//") ? p : undefined));

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
  await signIn("resend", { email, redirect: false, redirectTo: next ?? "/" });
  return { ok: true as const, message: `We sent a sign-in link to ${email}. It works once and expires in 24 hours.` };
});

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
