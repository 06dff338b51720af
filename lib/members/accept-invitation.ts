import { db, type Prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { sendVerificationEmail } from "@/lib/auth/send-verification-email";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { hashInvitationToken } from "./invitation-token";
import { isInvitedEmail, wrongAccountMessage } from "./member-permissions";

const invalid = () => new AppError("NOT_FOUND", "This invitation link is not valid. Ask for a new invitation.");

async function loadInvitation(tx: Prisma.TransactionClient, token: string) {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, orgId: true, email: true, role: true, expiresAt: true, acceptedAt: true, org: { select: { slug: true } } },
  });
  if (!invitation) throw invalid();
  return invitation;
}

type OpenInvitation = Awaited<ReturnType<typeof loadInvitation>>;

/**
 * Claims the invitation for `userId` (a conditional update, so only one acceptance ever wins)
 * and adds the membership. Someone who is already a member keeps their role and just goes in.
 */
async function claim(tx: Prisma.TransactionClient, invitation: OpenInvitation, userId: string, now: Date): Promise<{ slug: string }> {
  const isMember = async () => Boolean(await tx.membership.findFirst({ where: { orgId: invitation.orgId, userId }, select: { id: true } }));
  if (invitation.acceptedAt) {
    if (await isMember()) return { slug: invitation.org.slug };
    throw new AppError("CONFLICT", "This invitation has already been used.");
  }
  if (invitation.expiresAt <= now) throw new AppError("CONFLICT", "This invitation has expired. Ask for a new one.");
  const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now } });
  if (claimed.count === 0) {
    if (await isMember()) return { slug: invitation.org.slug };
    throw new AppError("CONFLICT", "This invitation has already been used.");
  }
  const created = await tx.membership.createMany({ data: [{ orgId: invitation.orgId, userId, role: invitation.role }], skipDuplicates: true });
  await tx.auditLog.create({
    data: {
      orgId: invitation.orgId,
      actorUserId: userId,
      action: "invitation.accepted",
      targetType: "Invitation",
      targetId: invitation.id,
      data: { email: invitation.email, role: invitation.role, alreadyMember: created.count === 0 },
    },
  });
  return { slug: invitation.org.slug };
}

/**
 * A signed-in user accepts: membership with the invited role, invitation used up. Only the account
 * whose email is the invited one may accept; anyone else holding the link is refused.
 */
export async function acceptInvitation({ token, userId, now = new Date() }: { token: string; userId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const invitation = await loadInvitation(tx, token);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw new AppError("UNAUTHENTICATED");
    if (!isInvitedEmail(invitation.email, user.email)) throw new AppError("FORBIDDEN", wrongAccountMessage(invitation.email, user.email));
    return claim(tx, invitation, userId, now);
  });
}

/**
 * A new user accepts: account (email fixed to the invited one) and membership in one
 * transaction, both or neither; then the confirmation email. The caller signs them in afterwards.
 */
export async function signUpWithInvitation({ token, name, password, now = new Date() }: { token: string; name: string; password: string; now?: Date }) {
  const passwordHash = await hashPassword(password);
  const exists = () => new AppError("CONFLICT", "An account with this email already exists. Sign in to accept the invitation.", { email: "An account with this email already exists. Sign in instead." });
  try {
    const created = await db.$transaction(async (tx) => {
      const invitation = await loadInvitation(tx, token);
      if (invitation.acceptedAt) throw new AppError("CONFLICT", "This invitation has already been used.");
      if (invitation.expiresAt <= now) throw new AppError("CONFLICT", "This invitation has expired. Ask for a new one.");
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw exists();
      const user = await tx.user.create({ data: { name, email: invitation.email, passwordHash }, select: { id: true } });
      const { slug } = await claim(tx, invitation, user.id, now);
      return { slug, email: invitation.email, userId: user.id, orgId: invitation.orgId };
    });
    // The invitation link does not prove the mailbox (the inviter can copy it), so the new
    // account confirms its address like any other.
    await sendVerificationEmail({ userId: created.userId, orgId: created.orgId }).catch((err) => console.error("[invite] verification email", err));
    return created;
  } catch (err) {
    if (isUniqueViolation(err, "email")) throw exists();
    throw err;
  }
}
