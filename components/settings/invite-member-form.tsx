"use client";
import { useEffect, useRef } from "react";
import { inviteMemberAction } from "@/app/(dashboard)/[org]/settings/actions";
import { Field, Select, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/db/generated/enums";
import { CopyField } from "./copy-field";
import { useFormAction } from "@/components/ui/use-form-action";

const roleLabels: Record<Role, string> = { OWNER: "Owner: everything, including roles", ADMIN: "Admin: settings and team", STAFF: "Staff: day-to-day work" };

/** Invite by email with a role; shows the link once so it can be passed on without email. */
export function InviteMemberForm({ slug, roles }: { slug: string; roles: Role[] }) {
  const [state, onSubmit, pending] = useFormAction(inviteMemberAction);
  const failed = state && !state.ok ? state : undefined;
  const invited = state && state.ok ? (state.data as { url: string; email: string } | undefined) : undefined;
  const formRef = useRef<HTMLFormElement>(null);
  // A refused invitation keeps what was typed and chosen; a sent one clears the form.
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  return (
    <div className="space-y-4">
      <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="org" value={slug} />
        <FormMessage state={state} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_16rem]">
          <TextField label="Email" name="email" required type="email" autoComplete="off" placeholder="name@example.com" maxLength={254} error={failed?.fieldErrors?.email} />
          <Field label="Role" name="role" error={failed?.fieldErrors?.role}>
            <Select name="role" defaultValue="STAFF" error={failed?.fieldErrors?.role}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleLabels[r]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Inviting…" : "Send invitation"}
        </Button>
      </form>
      {invited && (
        <div className="rounded-md border border-brand-100 bg-brand-50 p-4">
          <CopyField label={`Invitation link for ${invited.email}`} value={invited.url} />
          <p className="mt-2 text-xs text-gray-600">Shown once. It works for 7 days and only once; you can also send it yourself.</p>
        </div>
      )}
    </div>
  );
}
