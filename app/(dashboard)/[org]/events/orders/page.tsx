import { PageHeader } from "@/components/ui/card";
import { OrdersList } from "@/components/ticketing/door/orders-list";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Ticket orders" };

// /[org]/events/orders: every ticket order of the org, searchable by buyer, order id or ticket code.
export default async function AllOrdersPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireOrgPage((await params).org);
  return (
    <>
      <PageHeader title="Ticket orders" description="Every ticket order across your events. Open one to see its tickets, cancel or refund it." />
      <OrdersList org={ctx} searchParams={await searchParams} basePath={`/${ctx.slug}/events/orders`} />
    </>
  );
}
