import { type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Role } from "@/lib/db/generated/enums";
import { lockEventForEdit } from "./event-edit-access";
import type { EventFields } from "./event-fields";
import { localToUtc } from "../../shared/local-date-time";

// Create or update an event. Times are entered in the venue's time zone (the org's when the
// event has no venue) and stored in UTC; the venue must belong to the org.
type Tx = Prisma.TransactionClient;

async function resolveTimes(tx: Tx, orgId: string, orgTimeZone: string, fields: EventFields) {
  // `tx` is an orgDb(orgId) transaction (every caller below): the org is ANDed into each where.
  let timeZone = orgTimeZone;
  if (fields.venueId) {
    const venue = await tx.venue.findFirst({ where: { id: fields.venueId }, select: { timeZone: true } });
    if (!venue) throw new AppError("BAD_INPUT", undefined, { venueId: "Choose a venue of this organization" });
    timeZone = venue.timeZone;
  }
  const startsAt = localToUtc(fields.startsAt, timeZone);
  const endsAt = localToUtc(fields.endsAt, timeZone);
  if (!startsAt) throw new AppError("BAD_INPUT", undefined, { startsAt: "Enter a valid start" });
  if (!endsAt || endsAt <= startsAt) throw new AppError("BAD_INPUT", undefined, { endsAt: "The end must be after the start" });
  return { timeZone, startsAt, endsAt };
}

export function slugTakenError(err: unknown): AppError | null {
  return isUniqueViolation(err, "slug") ? new AppError("BAD_INPUT", undefined, { slug: "Another event already uses this address; choose another slug" }) : null;
}

function eventData(fields: EventFields) {
  return { title: fields.title, slug: fields.slug, description: fields.description, venueId: fields.venueId };
}

export async function createEvent({ orgId, orgTimeZone, actorUserId, fields }: { orgId: string; orgTimeZone: string; actorUserId: string | null; fields: EventFields }) {
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      const times = await resolveTimes(tx, orgId, orgTimeZone, fields);
      const event = await tx.event.create({ data: { ...eventData(fields), ...times, orgId, createdById: actorUserId }, select: { id: true, slug: true } });
      await tx.eventStatusChange.create({ data: { eventId: event.id, fromStatus: null, toStatus: "DRAFT", byUserId: actorUserId } });
      return event;
    });
  } catch (err) {
    throw slugTakenError(err) ?? err;
  }
}

/** Staff edit drafts only; nobody edits a canceled event. */
export async function updateEvent({ orgId, orgTimeZone, eventId, role, fields }: { orgId: string; orgTimeZone: string; eventId: string; role: Role; fields: EventFields }) {
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      const current = await lockEventForEdit(tx, { orgId, eventId, role });
      if (current.status === "CANCELED") throw new AppError("CONFLICT", "A canceled event cannot be edited.");
      const times = await resolveTimes(tx, orgId, orgTimeZone, fields);
      await tx.event.update({ where: { id: eventId }, data: { ...eventData(fields), ...times } });
      return { id: eventId };
    });
  } catch (err) {
    throw slugTakenError(err) ?? err;
  }
}
