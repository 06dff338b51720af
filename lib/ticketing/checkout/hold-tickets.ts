import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/orders";
import { forgetSoldOut, rememberSoldOut } from "./sold-out-memo";

// Invariant 2, no overselling: checkout takes its seats in one statement (place-ticket-order);
// a late payment whose hold was released takes them again here, one conditional UPDATE per type
// (the row lock makes concurrent buyers queue; under READ COMMITTED each re-checks the condition
// against the committed counts). The CHECK (sold + held <= capacity) is the backstop.

export type SeatCount = { ticketTypeId: string; name: string; quantity: number };

/** Seats a buyer could not have: the message, and what is left of each type they asked for. */
export class SoldOutError extends AppError {
  constructor(
    message: string,
    readonly remaining: Record<string, number>,
    fieldErrors: Record<string, string>,
  ) {
    super("CONFLICT", message, fieldErrors);
  }
}

/**
 * Inside the caller's transaction: sold += quantity for every type, or nothing at all (the first
 * miss throws SoldOutError and the transaction rolls back). Types are taken in id order so two
 * buyers of the same types never deadlock.
 */
export async function sellSeats(tx: Tx, options: { orgId: string; seats: readonly SeatCount[] }): Promise<void> {
  const wanted = [...options.seats].filter((s) => s.quantity > 0).sort((a, b) => (a.ticketTypeId < b.ticketTypeId ? -1 : 1));
  for (const seat of wanted) {
    const taken = await tx.$executeRaw`UPDATE "TicketType" SET sold = sold + ${seat.quantity}, "updatedAt" = now() WHERE id = ${seat.ticketTypeId} AND "orgId" = ${options.orgId} AND sold + held + ${seat.quantity} <= capacity`;
    if (taken === 0) throw await soldOut(tx, options.orgId, wanted, seat);
  }
}

// What is left as others see it: the seats this transaction took before the miss go back with it.
async function soldOut(tx: Tx, orgId: string, wanted: SeatCount[], missed: SeatCount): Promise<SoldOutError> {
  const rows = await tx.ticketType.findMany({ where: { orgId, id: { in: wanted.map((s) => s.ticketTypeId) } }, select: { id: true, capacity: true, sold: true, held: true } });
  const ours = new Map(wanted.slice(0, wanted.indexOf(missed)).map((s) => [s.ticketTypeId, s.quantity]));
  const remaining = Object.fromEntries(rows.map((r) => [r.id, Math.max(0, r.capacity - r.sold - r.held + (ours.get(r.id) ?? 0))]));
  return soldOutError(wanted, missed.ticketTypeId, remaining);
}

/** The sold-out answer for `ticketTypeId`, remembered for the rush (see sold-out-memo). */
export function soldOutError(types: readonly { ticketTypeId: string; name: string }[], ticketTypeId: string, remaining: Record<string, number>): SoldOutError {
  const names = new Map(types.map((t) => [t.ticketTypeId, t.name]));
  rememberSoldOut(remaining, names);
  const name = names.get(ticketTypeId) ?? "This ticket type";
  const left = remaining[ticketTypeId] ?? 0;
  const message = left === 0 ? `${name} is sold out.` : `Only ${left} ${name} ${left === 1 ? "ticket is" : "tickets are"} left.`;
  return new SoldOutError(message, remaining, { [`quantities.${ticketTypeId}`]: message });
}

/** Moves an order's held seats to sold (it was paid, or it was free). */
export async function convertHeldToSold(tx: Tx, orgId: string, seats: readonly SeatCount[]): Promise<void> {
  for (const seat of [...seats].sort((a, b) => (a.ticketTypeId < b.ticketTypeId ? -1 : 1))) {
    await tx.$executeRaw`UPDATE "TicketType" SET held = held - ${seat.quantity}, sold = sold + ${seat.quantity}, "updatedAt" = now() WHERE id = ${seat.ticketTypeId} AND "orgId" = ${orgId}`;
  }
}

/** Gives seats back to sale: held ones (an expired hold) or sold ones (a refund). */
export async function returnSeats(tx: Tx, orgId: string, seats: readonly SeatCount[], column: "held" | "sold"): Promise<void> {
  forgetSoldOut(seats.map((s) => s.ticketTypeId));
  for (const seat of [...seats].sort((a, b) => (a.ticketTypeId < b.ticketTypeId ? -1 : 1))) {
    if (column === "held") await tx.$executeRaw`UPDATE "TicketType" SET held = held - ${seat.quantity}, "updatedAt" = now() WHERE id = ${seat.ticketTypeId} AND "orgId" = ${orgId}`;
    else await tx.$executeRaw`UPDATE "TicketType" SET sold = sold - ${seat.quantity}, "updatedAt" = now() WHERE id = ${seat.ticketTypeId} AND "orgId" = ${orgId}`;
  }
}
