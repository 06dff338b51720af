import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { hashInvitationToken, invitationTokenField } from "./invitation-token";
import { isInvitedEmail } from "./member-permissions";

export type InvitationLookup =
  | { status: "unknown" }
  | { status: "expired" | "used"; orgName: string }
  | {
      status: "valid";
      email: string;
      role: Role;
      expiresAt: Date;
      org: { name: string; slug: string };
      /** Whether an account with the invited email exists (then: sign in, not sign up). */
      accountExists: boolean;
      /** The signed-in viewer, when there is one; only `isInvited` (same email, any case) may accept. */
      viewer: { email: string; isMember: boolean; isInvited: boolean } | null;
    };

/** What the invitation page shows for a token: found by its hash only. */
export async function findInvitation({ token, viewerUserId, now = new Date() }: { token: string; viewerUserId?: string | null; now?: Date }): Promise<InvitationLookup> {
  if (!invitationTokenField.safeParse(token).success) return { status: "unknown" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { orgId: true, email: true, role: true, expiresAt: true, acceptedAt: true, org: { select: { name: true, slug: true } } },
  });
  if (!invitation) return { status: "unknown" };
  if (invitation.acceptedAt) return { status: "used", orgName: invitation.org.name };
  if (invitation.expiresAt <= now) return { status: "expired", orgName: invitation.org.name };
  const [account, viewer] = await Promise.all([
    db.user.findUnique({ where: { email: invitation.email }, select: { id: true } }),
    viewerUserId ? db.user.findUnique({ where: { id: viewerUserId }, select: { email: true, memberships: { where: { orgId: invitation.orgId }, select: { id: true } } } }) : null,
  ]);
  return {
    status: "valid",
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    org: invitation.org,
    accountExists: Boolean(account),
    viewer: viewer ? { email: viewer.email, isMember: viewer.memberships.length > 0, isInvited: isInvitedEmail(invitation.email, viewer.email) } : null,
  };
}
