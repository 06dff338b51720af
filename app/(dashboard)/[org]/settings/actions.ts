"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireVerifiedEmail } from "@/lib/auth/require-verified-email";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { inviteMember } from "@/lib/members/invite-member";
import { changeRoleSchema, invitationIdSchema, inviteMemberSchema, membershipIdSchema } from "@/lib/members/member-fields";
import { leaveOrganization, removeMember } from "@/lib/members/remove-member";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import { orgAction } from "@/lib/safe-action";
import { orgSettingsSchema, updateOrganization } from "@/lib/tenancy/update-organization";
import { z } from "zod";

// Settings actions. The wrapper keeps STAFF out of everything but leaving; the domain functions
// re-read the actor's role inside their transaction and apply the finer rules.

export const updateOrgSettingsAction = orgAction({ schema: orgSettingsSchema, role: "ADMIN" }, async (fields, ctx) => {
  const { changed } = await updateOrganization({ orgId: ctx.orgId, actorUserId: ctx.userId, fields });
  revalidatePath(`/${ctx.slug}`, "layout");
  return { ok: true as const, message: changed ? "Settings saved." : "Nothing to save: no changes." };
});

export const inviteMemberAction = orgAction({ schema: inviteMemberSchema, role: "ADMIN" }, async ({ email, role }, ctx) => {
  await requireVerifiedEmail({ userId: ctx.userId, doing: "invite people" });
  const result = await inviteMember({ orgId: ctx.orgId, actorUserId: ctx.userId, email, role });
  revalidatePath(`/${ctx.slug}/settings`, "layout");
  const sent = result.emailQueued ? `Invitation sent to ${email}.` : `Invitation created for ${email}, but the email could not be queued.`;
  return { ok: true as const, message: `${sent}${result.replaced ? " The earlier invitation no longer works." : ""}`, data: { url: result.url, email } };
});

export const revokeInvitationAction = orgAction({ schema: invitationIdSchema, role: "ADMIN" }, async ({ invitationId }, ctx) => {
  await revokeInvitation({ orgId: ctx.orgId, actorUserId: ctx.userId, invitationId });
  revalidatePath(`/${ctx.slug}/settings/members`);
  return { ok: true as const, message: "Invitation revoked." };
});

export const changeMemberRoleAction = orgAction({ schema: changeRoleSchema, role: "ADMIN" }, async ({ membershipId, role }, ctx) => {
  const { changed } = await changeMemberRole({ orgId: ctx.orgId, actorUserId: ctx.userId, membershipId, role });
  revalidatePath(`/${ctx.slug}`, "layout");
  return { ok: true as const, message: changed ? "Role changed." : "No change." };
});

export const removeMemberAction = orgAction({ schema: membershipIdSchema, role: "ADMIN" }, async ({ membershipId }, ctx) => {
  const { self } = await removeMember({ orgId: ctx.orgId, actorUserId: ctx.userId, membershipId });
  if (self) redirect("/");
  revalidatePath(`/${ctx.slug}/settings/members`);
  return { ok: true as const, message: "Member removed." };
});

export const leaveOrgAction = orgAction({ schema: z.object({}) }, async (_input, ctx) => {
  await leaveOrganization({ orgId: ctx.orgId, userId: ctx.userId });
  redirect("/");
});
