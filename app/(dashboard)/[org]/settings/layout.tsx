import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/ui/card";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

// Settings: General, Members and Emails as tabs; every member may look, the forms decide who may change.
export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  return (
    <>
      <PageHeader title="Settings" description={`${ctx.name}: organization, team and emails.`} />
      <SettingsTabs slug={ctx.slug} />
      {children}
    </>
  );
}
