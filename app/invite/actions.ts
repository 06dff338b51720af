"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { newPasswordField } from "@/lib/auth/fields";
import { AppError } from "@/lib/errors";
import { acceptInvitation, signUpWithInvitation } from "@/lib/members/accept-invitation";
import { invitationTokenField } from "@/lib/members/invitation-token";
import { memberNameField } from "@/lib/members/member-fields";
import { publicAction, userAction } from "@/lib/safe-action";

// Accepting an invitation: as the signed-in user, or by creating the account for the invited email.

// Same as the sign-in action's helper: a refused sign-in becomes a form message.
async function passwordSignIn(email: string, password: string) {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (err) {
    if (err instanceof AuthError) {
      const code = (err as AuthError & { code?: string }).code;
      throw new AppError(code?.startsWith("Too many") ? "RATE_LIMITED" : "UNAUTHENTICATED", "Your account was created, but signing in failed. Please sign in.");
    }
    throw err;
  }
}

export const acceptInvitationAction = userAction({ schema: z.object({ token: invitationTokenField }) }, async ({ token }, { userId }) => {
  const { slug } = await acceptInvitation({ token, userId });
  redirect(`/${slug}`);
});

export const signUpWithInvitationAction = publicAction(
  { schema: z.object({ token: invitationTokenField, name: memberNameField, password: newPasswordField }) },
  async ({ token, name, password }) => {
    const { slug, email } = await signUpWithInvitation({ token, name, password });
    await passwordSignIn(email, password);
    redirect(`/${slug}`);
  },
);
