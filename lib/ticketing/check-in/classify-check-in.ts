// Why a check-in did not happen, told from the ticket the code belongs to (pure, so every case
// is tested without a database). The atomic UPDATE in check-in-ticket.ts decides success.
export type TicketAtDoor = {
  code: string;
  eventId: string;
  eventTitle: string;
  attendeeName: string;
  ticketTypeName: string;
  status: "VALID" | "CHECKED_IN" | "VOID";
  checkedInAt: Date | null;
  checkedInByName: string | null;
};

export type CheckInOutcome = "CHECKED_IN" | "ALREADY_CHECKED_IN" | "VOID" | "WRONG_EVENT" | "UNKNOWN_CODE";

export type CheckInResult = { outcome: CheckInOutcome; ticket: TicketAtDoor | null };

/** The outcome for a code whose conditional UPDATE matched no row (`ticket`: its row in the org, if any). */
export function classifyMiss(ticket: TicketAtDoor | null, eventId: string): CheckInOutcome | "RETRY" {
  if (!ticket) return "UNKNOWN_CODE";
  if (ticket.eventId !== eventId) return "WRONG_EVENT";
  if (ticket.status === "VOID") return "VOID";
  if (ticket.status === "CHECKED_IN") return "ALREADY_CHECKED_IN";
  return "RETRY"; // VALID again: a check-in was undone between our UPDATE and this read
}
