import type { CheckInOutcome, CheckInResult } from "./classify-check-in";

// What the door screen shows for one scan: plain JSON (dates as ISO strings) for the client.
export type CheckInView = {
  outcome: CheckInOutcome;
  code: string;
  attendeeName: string | null;
  ticketTypeName: string | null;
  eventTitle: string | null;
  checkedInAt: string | null;
  checkedInByName: string | null;
};

export function toCheckInView(code: string, result: CheckInResult): CheckInView {
  const t = result.ticket;
  return {
    outcome: result.outcome,
    code,
    attendeeName: t?.attendeeName ?? null,
    ticketTypeName: t?.ticketTypeName ?? null,
    eventTitle: t?.eventTitle ?? null,
    checkedInAt: t?.checkedInAt?.toISOString() ?? null,
    checkedInByName: t?.checkedInByName ?? null,
  };
}
