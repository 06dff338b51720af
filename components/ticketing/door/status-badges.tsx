import { Badge } from "@/components/ui/card";
import type { OrderStatus, TicketStatus } from "@/lib/db/generated/enums";
import { orderStatusLabels } from "@/lib/ticketing";

const orderTones: Record<OrderStatus, "gray" | "green" | "red" | "amber"> = { PAID: "green", PENDING: "amber", REFUNDED: "red", CANCELED: "red", EXPIRED: "gray" };
const ticketTones: Record<TicketStatus, "brand" | "green" | "red"> = { VALID: "brand", CHECKED_IN: "green", VOID: "red" };
const ticketLabels: Record<TicketStatus, string> = { VALID: "Valid", CHECKED_IN: "Checked in", VOID: "Void" };

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={orderTones[status]}>{orderStatusLabels[status]}</Badge>;
}

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return <Badge tone={ticketTones[status]}>{ticketLabels[status]}</Badge>;
}
