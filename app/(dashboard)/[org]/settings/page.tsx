import { GeneralSettingsForm, SlugNote } from "@/components/settings/general-settings-form";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Settings" };

// /[org]/settings: General. Owners and admins edit; staff read.
export default async function GeneralSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const values = { name: ctx.name, slug: ctx.slug, timezone: ctx.timezone, currency: ctx.currency };
  return (
    <Card className="max-w-2xl">
      <h2 className="mb-4 text-base font-semibold text-gray-900">Organization</h2>
      {hasRole(ctx.role, "ADMIN") ? (
        <GeneralSettingsForm values={values} />
      ) : (
        <div className="space-y-5">
          <p className="rounded-md bg-gray-50 px-3 py-2 text-sm text-gray-700">Only owners and admins can change these settings. You are signed in as staff.</p>
          <SlugNote slug={ctx.slug} />
          <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-3">
            {[
              ["Organization name", ctx.name],
              ["Time zone", ctx.timezone],
              ["Currency", ctx.currency],
            ].map(([term, value]) => (
              <div key={term}>
                <dt className="font-medium text-gray-700">{term}</dt>
                <dd className="mt-1 text-gray-900">{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </Card>
  );
}
