import { PageHeader } from "@/components/ui/card";
import { SectionTabs } from "@/components/ui/section-tabs";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

// Settings: General, Members and Emails as tabs; every member may look, the forms decide who may change.
export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  return (
    <>
      <PageHeader title="Settings" description={`${ctx.name}: organization, team, emails and API keys.`} />
      <SectionTabs
        label="Settings"
        base={`/${ctx.slug}/settings`}
        tabs={[{ href: "", label: "General" }, { href: "/members", label: "Members" }, { href: "/emails", label: "Emails" }, ...(ctx.role === "STAFF" ? [] : [{ href: "/api", label: "API" }])]}
      />
      {children}
    </>
  );
}
