import { type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/db/generated/enums";
import { lockEventForEdit } from "../events/event-edit-access";
import { localToUtc } from "../../shared/local-date-time";
import { moveInOrder } from "../../shared/move-in-order";
import type { TicketTypeFields } from "./ticket-type-fields";

// Create, update, reorder and delete an event's ticket types. Capacity never goes below what is
// sold or held: the row is locked while checking, so a checkout cannot slip in between.
type Tx = Prisma.TransactionClient;
const notFound = () => new AppError("NOT_FOUND", "Ticket type not found.");

// Staff change the ticket types of drafts only (lockEventForEdit).
type Actor = { orgId: string; eventId: string; role: Role };

function toData(fields: TicketTypeFields, timeZone: string) {
  const saleStartsAt = fields.saleStartsAt ? localToUtc(fields.saleStartsAt, timeZone) : null;
  const saleEndsAt = fields.saleEndsAt ? localToUtc(fields.saleEndsAt, timeZone) : null;
  if (fields.saleStartsAt && !saleStartsAt) throw new AppError("BAD_INPUT", undefined, { saleStartsAt: "Enter a valid date and time" });
  if (fields.saleEndsAt && !saleEndsAt) throw new AppError("BAD_INPUT", undefined, { saleEndsAt: "Enter a valid date and time" });
  return { ...fields, saleStartsAt, saleEndsAt };
}

export async function createTicketType({ orgId, eventId, role, currency, fields }: Actor & { currency: string; fields: TicketTypeFields }) {
  return orgDb(orgId).$transaction(async (tx) => {
    const data = toData(fields, (await lockEventForEdit(tx, { orgId, eventId, role })).timeZone);
    const last = await tx.ticketType.aggregate({ where: { eventId }, _max: { position: true } });
    return tx.ticketType.create({ data: { ...data, orgId, eventId, currency, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
  });
}

async function lockTicketType(tx: Tx, orgId: string, eventId: string, ticketTypeId: string) {
  const rows = await tx.$queryRaw<{ sold: number; held: number }[]>`SELECT "sold", "held" FROM "TicketType" WHERE "id" = ${ticketTypeId} AND "orgId" = ${orgId} AND "eventId" = ${eventId} FOR UPDATE`;
  if (rows.length !== 1) throw notFound();
  return rows[0];
}

export async function updateTicketType({ orgId, eventId, role, ticketTypeId, fields }: Actor & { ticketTypeId: string; fields: TicketTypeFields }) {
  return orgDb(orgId).$transaction(async (tx) => {
    const data = toData(fields, (await lockEventForEdit(tx, { orgId, eventId, role })).timeZone);
    const { sold, held } = await lockTicketType(tx, orgId, eventId, ticketTypeId);
    if (data.capacity < sold + held) throw new AppError("BAD_INPUT", undefined, { capacity: `${sold} sold and ${held} held right now: capacity cannot go below ${sold + held}` });
    await tx.ticketType.update({ where: { id: ticketTypeId }, data });
  });
}

/** Only a ticket type nobody has bought or is buying can go; otherwise hide it or set capacity to what is sold. */
export async function deleteTicketType({ orgId, eventId, role, ticketTypeId }: Actor & { ticketTypeId: string }) {
  return orgDb(orgId).$transaction(async (tx) => {
    const { sold, held } = await lockTicketType(tx, orgId, eventId, ticketTypeId);
    await lockEventForEdit(tx, { orgId, eventId, role });
    const ordered = await tx.orderItem.count({ where: { ticketTypeId } });
    if (sold + held > 0 || ordered > 0) throw new AppError("CONFLICT", "Tickets of this type were sold or are in a checkout; lower its capacity or hide it instead.");
    await tx.ticketType.delete({ where: { id: ticketTypeId } });
  });
}

/** Swap with the neighbour above or below; positions are renumbered 0..n-1 on the way, in one UPDATE. */
export async function moveTicketType({ orgId, eventId, role, ticketTypeId, direction }: Actor & { ticketTypeId: string; direction: "up" | "down" }) {
  return orgDb(orgId).$transaction(async (tx) => {
    await lockEventForEdit(tx, { orgId, eventId, role });
    const ids = (await tx.ticketType.findMany({ where: { eventId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } })).map((t) => t.id);
    const order = moveInOrder(ids, ticketTypeId, direction);
    if (!order) throw notFound();
    await tx.$executeRaw`
      UPDATE "TicketType" t SET position = v.n - 1, "updatedAt" = now()
      FROM unnest(${order}::text[]) WITH ORDINALITY AS v(id, n) WHERE t.id = v.id AND t."orgId" = ${orgId} AND t."eventId" = ${eventId}`;
  });
}
