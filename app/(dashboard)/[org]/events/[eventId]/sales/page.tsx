import { Kpi } from "@/components/analytics/overview-sections";
import { CheckInProgress } from "@/components/ticketing/door/check-in-progress";
import { SalesByTypeChart, SalesOverTimeChart } from "@/components/ticketing/door/sales-charts";
import { formatMoney } from "@/lib/format";
import { getEventSales } from "@/lib/ticketing";
import { loadDoorEvent } from "../../orders/load-door-event";

export const metadata = { title: "Event sales" };

// /[org]/events/[eventId]/sales: how the event sells, what it earned, how full the room is.
export default async function EventSalesPage({ params }: { params: Promise<{ org: string; eventId: string }> }) {
  const { ctx, event } = await loadDoorEvent(params);
  const sales = await getEventSales({ orgId: ctx.orgId, eventId: event.id, timeZone: event.timeZone, currency: ctx.currency });
  const { revenue } = sales;
  const capacity = sales.byType.reduce((s, t) => s + t.capacity, 0);
  return (
    <>
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Kpi label="Tickets sold" value={sales.checkIn.sold.toLocaleString("en-US")} note={capacity ? `of ${capacity.toLocaleString("en-US")} available` : undefined} />
        <Kpi label="Net revenue" value={formatMoney(revenue.net, revenue.currency)} note="paid orders, refunds deducted" />
        <Kpi label="Refunded" value={formatMoney(revenue.refunded, revenue.currency)} note={`of ${formatMoney(revenue.gross, revenue.currency)} taken`} />
        <Kpi label="Checked in" value={sales.checkIn.checkedIn.toLocaleString("en-US")} note={`of ${sales.checkIn.sold.toLocaleString("en-US")} sold`} />
      </div>
      <div className="space-y-6">
        <SalesOverTimeChart series={sales.series} currency={revenue.currency} />
        <div className="grid gap-6 lg:grid-cols-2">
          <SalesByTypeChart types={sales.byType} currency={revenue.currency} />
          <CheckInProgress checkedIn={sales.checkIn.checkedIn} sold={sales.checkIn.sold} href={`/${ctx.slug}/events/${event.id}/check-in`} />
        </div>
      </div>
    </>
  );
}
