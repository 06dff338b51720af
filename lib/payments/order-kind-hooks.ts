import type { OrderKind } from "@/lib/db/generated/enums";
import { bookingPaymentHooks } from "@/lib/booking/booking-payment-hooks";
import { ticketPaymentHooks } from "./ticket-payment-hooks";
import type { OrderKindHooks } from "./webhooks/types";

// Dispatch by the order's kind (metadata.kind on the session): the webhook handlers move the
// Order itself; each area moves its own rows (a booking, tickets) in the same transaction.
export const orderKindHooks: Record<OrderKind, OrderKindHooks> = {
  BOOKING: bookingPaymentHooks,
  TICKET: ticketPaymentHooks,
};
