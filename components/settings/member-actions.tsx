"use client";
import { useActionState, useState } from "react";
import { changeMemberRoleAction, leaveOrgAction, removeMemberAction, revokeInvitationAction } from "@/app/(dashboard)/[org]/settings/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { Role } from "@/lib/db/generated/enums";
import type { ActionState } from "@/lib/safe-action";

const label = (r: Role) => r.charAt(0) + r.slice(1).toLowerCase();

function InlineMessage({ state }: { state: ActionState }) {
  if (!state || (state.ok && !state.message)) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-xs text-green-700" : "max-w-xs text-xs text-red-600"}>
      {state.message}
    </p>
  );
}

/** Owners: a role picker that asks before it saves. */
export function ChangeRoleForm({ slug, membershipId, name, role }: { slug: string; membershipId: string; name: string; role: Role }) {
  const [next, setNext] = useState<Role>(role);
  // On refusal the picker goes back to the role the member really has; the message says why.
  const [state, action] = useActionState(async (prev: Parameters<typeof changeMemberRoleAction>[0], formData: FormData) => {
    const result = await changeMemberRoleAction(prev, formData);
    if (!result?.ok) setNext(role);
    return result;
  }, null);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="org" value={slug} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="flex items-center gap-2">
        <select
          name="role"
          aria-label={`Role of ${name}`}
          // Uncontrolled: React resets the form after the action, back to the member's role.
          defaultValue={role}
          onChange={(e) => setNext(e.target.value as Role)}
          className="rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none"
        >
          {(["OWNER", "ADMIN", "STAFF"] as Role[]).map((r) => (
            <option key={r} value={r}>
              {label(r)}
            </option>
          ))}
        </select>
        {next !== role && (
          <ConfirmButton variant="secondary" className="px-2.5 py-1.5" confirmText={`Change ${name}'s role from ${label(role)} to ${label(next)}?`}>
            Save
          </ConfirmButton>
        )}
      </div>
      <InlineMessage state={state} />
    </form>
  );
}

export function RemoveMemberForm({ slug, membershipId, name }: { slug: string; membershipId: string; name: string }) {
  const [state, action] = useActionState(removeMemberAction, null);
  return (
    <form action={action} className="space-y-1 text-right">
      <input type="hidden" name="org" value={slug} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <ConfirmButton variant="secondary" className="px-2.5 py-1.5 text-red-700" confirmText={`Remove ${name} from the organization? They lose access at once.`}>
        Remove
      </ConfirmButton>
      <InlineMessage state={state} />
    </form>
  );
}

export function LeaveOrgForm({ slug, orgName }: { slug: string; orgName: string }) {
  const [state, action] = useActionState(leaveOrgAction, null);
  return (
    <form action={action} className="space-y-1 text-right">
      <input type="hidden" name="org" value={slug} />
      <ConfirmButton variant="secondary" className="px-2.5 py-1.5 text-red-700" confirmText={`Leave ${orgName}? You lose access until someone invites you again.`}>
        Leave
      </ConfirmButton>
      <InlineMessage state={state} />
    </form>
  );
}

export function RevokeInvitationForm({ slug, invitationId, email }: { slug: string; invitationId: string; email: string }) {
  const [state, action] = useActionState(revokeInvitationAction, null);
  return (
    <form action={action} className="space-y-1 text-right">
      <input type="hidden" name="org" value={slug} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <ConfirmButton variant="secondary" className="px-2.5 py-1.5 text-red-700" confirmText={`Revoke the invitation for ${email}? The link stops working.`}>
        Revoke
      </ConfirmButton>
      <InlineMessage state={state} />
    </form>
  );
}
