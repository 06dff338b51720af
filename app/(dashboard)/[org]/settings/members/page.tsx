import { isEmailVerified } from "@/lib/auth/require-verified-email";
import { InviteMemberForm } from "@/components/settings/invite-member-form";
import { ChangeRoleForm, LeaveOrgForm, RemoveMemberForm, RevokeInvitationForm } from "@/components/settings/member-actions";
import { HeadWithActions, TableCard } from "@/components/ui/table-card";
import { Badge, Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format";
import { listMembers } from "@/lib/members/list-members";
import { canChangeRoles, canRemove, canRevokeInvitation, invitableRoles } from "@/lib/members/member-permissions";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Members" };

const roleTone = { OWNER: "brand", ADMIN: "green", STAFF: "gray" } as const;
const td = "px-4 py-3 align-top";

// /[org]/settings/members: the team, its pending invitations, and the controls each role is allowed.
export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const { members, invitations } = await listMembers({ orgId: ctx.orgId });
  const roles = invitableRoles(ctx.role);
  const verified = await isEmailVerified(ctx.userId); // invitations go out in this user's name
  const now = new Date();
  return (
    <div className="space-y-6">
      <TableCard title={`Members (${members.length})`}>
        <table className="w-full min-w-[40rem] text-sm">
          <HeadWithActions labels={["Name", "Email", "Role", "Joined"]} />
          <tbody className="divide-y divide-gray-100">
            {members.map((m) => {
              const self = m.user.id === ctx.userId;
              const name = m.user.name || m.user.email;
              return (
                <tr key={m.id}>
                  <td className={`${td} font-medium text-gray-900`}>
                    {name} {self && <span className="text-xs font-normal text-gray-500">(you)</span>}
                  </td>
                  <td className={`${td} text-gray-700`}>{m.user.email}</td>
                  <td className={td}>{canChangeRoles(ctx.role) ? <ChangeRoleForm key={m.role} slug={ctx.slug} membershipId={m.id} name={name} role={m.role} /> : <Badge tone={roleTone[m.role]}>{m.role.toLowerCase()}</Badge>}</td>
                  <td className={`${td} whitespace-nowrap text-gray-600`}>{formatDate(m.createdAt, ctx.timezone)}</td>
                  <td className={`${td} text-right`}>{self ? <LeaveOrgForm slug={ctx.slug} orgName={ctx.name} /> : canRemove(ctx.role, m.role) ? <RemoveMemberForm slug={ctx.slug} membershipId={m.id} name={name} /> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableCard>

      {roles.length > 0 ? (
        <Card>
          <h2 className="text-base font-semibold text-gray-900">Invite someone</h2>
          <p className="mb-4 mt-1 text-sm text-gray-600">They get an email with a link that works once, for 7 days.{ctx.role === "ADMIN" && " Admins can invite admins and staff."}</p>
          {verified ? (
            <InviteMemberForm slug={ctx.slug} roles={roles} />
          ) : (
            <p className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">Confirm your email address first (see the banner at the top of the page): invitations go out in your name.</p>
          )}
        </Card>
      ) : (
        <p className="rounded-md bg-gray-50 px-4 py-3 text-sm text-gray-700">Only owners and admins can invite people or change the team.</p>
      )}

      <TableCard title={`Pending invitations (${invitations.length})`}>
        {invitations.length === 0 ? (
          <p className="px-5 pb-5 pt-2 text-sm text-gray-600">No pending invitations.</p>
        ) : (
          <table className="w-full min-w-[40rem] text-sm">
            <HeadWithActions labels={["Email", "Role", "Invited", "Expires"]} />
            <tbody className="divide-y divide-gray-100">
              {invitations.map((inv) => (
                <tr key={inv.id}>
                  <td className={`${td} text-gray-900`}>{inv.email}</td>
                  <td className={td}>
                    <Badge tone={roleTone[inv.role]}>{inv.role.toLowerCase()}</Badge>
                  </td>
                  <td className={`${td} whitespace-nowrap text-gray-600`}>{formatDateTime(inv.createdAt, ctx.timezone)}</td>
                  <td className={`${td} whitespace-nowrap text-gray-600`}>{inv.expiresAt <= now ? <Badge tone="red">Expired</Badge> : formatDateTime(inv.expiresAt, ctx.timezone)}</td>
                  <td className={`${td} text-right`}>{canRevokeInvitation(ctx.role, inv.role) && <RevokeInvitationForm slug={ctx.slug} invitationId={inv.id} email={inv.email} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableCard>
    </div>
  );
}
