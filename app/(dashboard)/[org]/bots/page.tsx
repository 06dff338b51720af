import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Bots" };

// Placeholder until the Bots area lands: an honest empty state instead of a dead link.
export default async function BotsPage({ params }: { params: Promise<{ org: string }> }) {
  await requireOrgPage((await params).org);
  return (
    <>
      <PageHeader title="Bots" />
      <EmptyState title="Nothing here yet" description="Connect a Telegram bot by pasting its BotFather token, then design flows, chat live and send broadcasts." />
    </>
  );
}
