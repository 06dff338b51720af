"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { newPasswordField } from "@/lib/auth/fields";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { acceptInvitation, signUpWithInvitation } from "@/lib/members/accept-invitation";
import { invitationTokenField } from "@/lib/members/invitation-token";
import { memberNameField } from "@/lib/members/member-fields";
import { publicAction, userAction } from "@/lib/safe-action";

// Accepting an invitation: as the signed-in user, or by creating the account for the invited email.

export const acceptInvitationAction = userAction({ schema: z.object({ token: invitationTokenField }) }, async ({ token }, { userId }) => {
  const { slug } = await acceptInvitation({ token, userId });
  redirect(`/${slug}`);
});

export const signUpWithInvitationAction = publicAction({ schema: z.object({ token: invitationTokenField, name: memberNameField, password: newPasswordField }) }, async ({ token, name, password }) => {
  const { slug, email } = await signUpWithInvitation({ token, name, password });
  await signInWithPassword({ email, password, failureMessage: "Your account was created, but signing in failed. Please sign in." });
  redirect(`/${slug}`);
});
