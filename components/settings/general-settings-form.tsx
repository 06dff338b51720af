"use client";
import { updateOrgSettingsAction } from "@/app/(dashboard)/[org]/settings/actions";
import { OrgFields } from "@/components/orgs/org-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

type Values = { name: string; slug: string; timezone: string; currency: string };

/** Name, time zone and currency for owners and admins; the address (slug) is fixed. */
export function GeneralSettingsForm({ values }: { values: Values }) {
  const [state, onSubmit, pending] = useFormAction(updateOrgSettingsAction);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
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
