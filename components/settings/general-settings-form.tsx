"use client";
import { useActionState } from "react";
import { updateOrgSettingsAction } from "@/app/(dashboard)/[org]/settings/actions";
import { OrgFields } from "@/components/orgs/org-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { submitWithoutReset } from "./submit-without-reset";

type Values = { name: string; slug: string; timezone: string; currency: string };

/** Name, time zone and currency for owners and admins; the address (slug) is fixed. */
export function GeneralSettingsForm({ values }: { values: Values }) {
  const [state, action, pending] = useActionState(updateOrgSettingsAction, null);
  const failed = state && !state.ok ? state : undefined;
  return (
    // Not `action={action}`: React's reset after an action would move OrgFields' controlled
    // time-zone select to its first option, and the next save would change the time zone.
    <form onSubmit={submitWithoutReset(action)} className="space-y-5" noValidate>
      <input type="hidden" name="org" value={values.slug} />
      <FormMessage state={state} />
      <SlugNote slug={values.slug} />
      <OrgFields slugLocked values={values} errors={failed?.fieldErrors} />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : "Save changes"}
      </Button>
    </form>
  );
}

export function SlugNote({ slug }: { slug: string }) {
  return (
    <div>
      <p className="text-sm font-medium text-gray-700">Dashboard address</p>
      <p className="mt-1 font-mono text-sm text-gray-900">frontdesk/{slug}</p>
      <p className="text-xs text-gray-500">The address cannot be changed, so links to it keep working.</p>
    </div>
  );
}
