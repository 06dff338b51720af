import type { EventStatus, Role } from "@/lib/db/generated/enums";

// The review workflow as data (pure): DRAFT -> IN_REVIEW -> PUBLISHED, back to DRAFT with a
// note, CANCELED from any live state. Staff submit; owners and admins publish, send back, cancel.
export const eventTransitions = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", role: "STAFF", label: "Submit for review" },
  publish: { from: ["DRAFT", "IN_REVIEW"], to: "PUBLISHED", role: "ADMIN", label: "Publish" },
  revise: { from: ["IN_REVIEW", "PUBLISHED"], to: "DRAFT", role: "ADMIN", label: "Back to draft" },
  cancel: { from: ["DRAFT", "IN_REVIEW", "PUBLISHED"], to: "CANCELED", role: "ADMIN", label: "Cancel event" },
} as const satisfies Record<string, { from: EventStatus[]; to: EventStatus; role: Role; label: string }>;

export type EventTransition = keyof typeof eventTransitions;

export const statusLabels: Record<EventStatus, string> = { DRAFT: "Draft", IN_REVIEW: "In review", PUBLISHED: "Published", CANCELED: "Canceled" };

export function availableTransitions(status: EventStatus): EventTransition[] {
  return (Object.keys(eventTransitions) as EventTransition[]).filter((t) => (eventTransitions[t].from as readonly EventStatus[]).includes(status));
}

/** Why an event cannot be published yet; empty when it can. */
export function publishBlockers({ ticketTypeCount, startsAt, now }: { ticketTypeCount: number; startsAt: Date; now: Date }): string[] {
  const reasons: string[] = [];
  if (ticketTypeCount === 0) reasons.push("Add at least one ticket type first.");
  if (startsAt.getTime() <= now.getTime()) reasons.push("The event has already started; move its start into the future.");
  return reasons;
}
