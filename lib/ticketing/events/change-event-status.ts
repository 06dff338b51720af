import { orgDb } from "@/lib/db/org-db";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/roles";
import { eventTransitions, publishBlockers, statusLabels, type EventTransition } from "./event-workflow";

// Moves an event along its workflow and records who did it, when, and why (the note). The
// update is guarded by the expected status, so two people clicking at once change it once.
export async function changeEventStatus({ orgId, eventId, actorUserId, role, transition, note, now = new Date() }: { orgId: string; eventId: string; actorUserId: string; role: Role; transition: EventTransition; note?: string | null; now?: Date }) {
  const rule = eventTransitions[transition];
  if (!hasRole(role, rule.role)) throw new AppError("FORBIDDEN", "Only an owner or admin can do this; staff can submit an event for review.");
  if (transition === "revise" && !note) throw new AppError("BAD_INPUT", undefined, { note: "Say what needs to change" });
  return orgDb(orgId).$transaction(async (tx) => {
    const event = await tx.event.findFirst({ where: { id: eventId }, select: { status: true, startsAt: true, _count: { select: { ticketTypes: true } } } });
    if (!event) throw new AppError("NOT_FOUND", "Event not found.");
    if (!(rule.from as readonly string[]).includes(event.status)) throw new AppError("CONFLICT", `The event is ${statusLabels[event.status].toLowerCase()}; it cannot go to ${statusLabels[rule.to].toLowerCase()} from there.`);
    if (transition === "publish") {
      const reasons = publishBlockers({ ticketTypeCount: event._count.ticketTypes, startsAt: event.startsAt, now });
      if (reasons.length) throw new AppError("CONFLICT", `Cannot publish yet: ${reasons.join(" ")}`);
    }
    const stamps = transition === "publish" ? { publishedAt: now } : transition === "cancel" ? { canceledAt: now } : {};
    const { count } = await tx.event.updateMany({ where: { id: eventId, status: event.status }, data: { status: rule.to, ...stamps } });
    if (count !== 1) throw new AppError("CONFLICT", "Someone else changed this event just now; reload and try again.");
    await tx.eventStatusChange.create({ data: { eventId, fromStatus: event.status, toStatus: rule.to, note: note || null, byUserId: actorUserId, createdAt: now } });
    return { status: rule.to };
  });
}
