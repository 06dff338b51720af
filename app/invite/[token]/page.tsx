import { signOutAction } from "@/app/(auth)/actions";
import { AuthShell } from "@/components/auth/auth-shell";
import { AcceptInvitationForm, InvitationSignUpForm } from "@/components/settings/invitation-forms";
import { Button, ButtonLink } from "@/components/ui/button";
import { getSessionUserId } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { findInvitation } from "@/lib/members/find-invitation";

export const metadata = { title: "Invitation" };

// /invite/[token]: accept an invitation, signed in as the invited email or by creating the account for it.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const viewerUserId = await getSessionUserId();
  const invitation = await findInvitation({ token, viewerUserId });

  if (invitation.status !== "valid") {
    const text = {
      unknown: "This invitation link is not valid. It may have been revoked or replaced by a newer one, or mistyped.",
      expired: `This invitation to ${invitation.status === "expired" ? invitation.orgName : ""} has expired. Ask the person who invited you for a new one.`,
      used: `This invitation to ${invitation.status === "used" ? invitation.orgName : ""} has already been accepted.${viewerUserId ? "" : " Sign in to open the organization."}`,
    }[invitation.status];
    return (
      <AuthShell title={invitation.status === "used" ? "Invitation already used" : invitation.status === "expired" ? "Invitation expired" : "Invitation not found"}>
        <p className="text-sm text-gray-700">{text}</p>
        <ButtonLink href={viewerUserId ? "/" : "/sign-in"} variant="secondary" className="mt-6 w-full">
          {viewerUserId ? "Go to your dashboard" : "Sign in"}
        </ButtonLink>
      </AuthShell>
    );
  }

  const role = invitation.role.toLowerCase();
  const path = `/invite/${token}`;
  return (
    <AuthShell title={`Join ${invitation.org.name}`} subtitle={`${invitation.email} is invited as ${role}. The invitation expires on ${formatDateTime(invitation.expiresAt, "UTC", { zone: true })}.`}>
      {invitation.viewer && !invitation.viewer.isInvited ? (
        // The link is bound to the invited address: another account sees who it is for, never an Accept button.
        <div className="space-y-4">
          <p className="text-sm text-gray-700">
            This invitation was sent to <b>{invitation.email}</b>. You are signed in as <b>{invitation.viewer.email}</b>.
          </p>
          <p className="text-sm text-gray-600">To accept it, sign out and sign in as {invitation.email}.</p>
          <form action={signOutAction}>
            <input type="hidden" name="next" value={path} />
            <Button type="submit" variant="secondary" className="w-full">
              Sign out and sign in as {invitation.email}
            </Button>
          </form>
        </div>
      ) : invitation.viewer ? (
        invitation.viewer.isMember ? (
          <div className="space-y-4">
            <p className="text-sm text-gray-700">You are already a member of {invitation.org.name}.</p>
            <ButtonLink href={`/${invitation.org.slug}`} className="w-full">
              Open {invitation.org.name}
            </ButtonLink>
          </div>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-gray-700">
              Signed in as <b>{invitation.viewer.email}</b>.
            </p>
            <AcceptInvitationForm token={token} orgName={invitation.org.name} />
          </div>
        )
      ) : (
        <div className="space-y-6">
          <ButtonLink href={`/sign-in?next=${encodeURIComponent(path)}`} variant={invitation.accountExists ? "primary" : "secondary"} className="w-full">
            Sign in to accept
          </ButtonLink>
          {invitation.accountExists ? (
            <p className="text-sm text-gray-600">There is already an account for {invitation.email}: sign in with it to accept.</p>
          ) : (
            <div className="border-t border-gray-200 pt-5">
              <h2 className="text-sm font-semibold text-gray-900">New to Frontdesk? Create your account</h2>
              <InvitationSignUpForm token={token} email={invitation.email} />
            </div>
          )}
        </div>
      )}
    </AuthShell>
  );
}
