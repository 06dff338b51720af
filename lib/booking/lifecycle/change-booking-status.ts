import type { BookingStatus } from "@/lib/db/generated/enums";

// The booking status machine as one pure table: which dashboard action may move a booking
// from which status to which, and when. The dashboard, the update function and its tests all
// read this table, so a status the table does not allow can never be written.
export type BookingAction = "confirm" | "decline" | "cancel" | "complete" | "noShow";

type Transition = {
  from: readonly BookingStatus[];
  to: BookingStatus;
  /** Only once the appointment has started (you cannot complete a visit that has not happened). */
  afterStart?: boolean;
  /** Only before the appointment starts (confirming a visit in the past means nothing). */
  beforeStart?: boolean;
};

export const bookingTransitions: Record<BookingAction, Transition> = {
  confirm: { from: ["PENDING_CONFIRMATION"], to: "CONFIRMED", beforeStart: true },
  decline: { from: ["PENDING_CONFIRMATION"], to: "DECLINED" },
  cancel: { from: ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CONFIRMED"], to: "CANCELED" },
  // COMPLETED <-> NO_SHOW stay correctable: staff do click the wrong one.
  complete: { from: ["CONFIRMED", "NO_SHOW"], to: "COMPLETED", afterStart: true },
  noShow: { from: ["CONFIRMED", "COMPLETED"], to: "NO_SHOW", afterStart: true },
};

export const bookingActions = Object.keys(bookingTransitions) as BookingAction[];

export const bookingActionLabels: Record<BookingAction, string> = {
  confirm: "Confirm",
  decline: "Decline",
  cancel: "Cancel booking",
  complete: "Mark completed",
  noShow: "Mark no-show",
};

const actionPastTense: Record<BookingAction, string> = { confirm: "confirmed", decline: "declined", cancel: "canceled", complete: "marked completed", noShow: "marked a no-show" };

export type TransitionCheck = { ok: true; to: BookingStatus } | { ok: false; reason: string };

const statusWords: Record<BookingStatus, string> = {
  PENDING_PAYMENT: "awaiting payment",
  PENDING_CONFIRMATION: "awaiting confirmation",
  CONFIRMED: "confirmed",
  COMPLETED: "completed",
  NO_SHOW: "a no-show",
  CANCELED: "canceled",
  DECLINED: "declined",
  EXPIRED: "expired",
};

/** May `action` move a booking in `status` that starts at `startsAt`, at `now`? */
export function checkBookingTransition({ status, action, startsAt, now }: { status: BookingStatus; action: BookingAction; startsAt: Date; now: Date }): TransitionCheck {
  const t = bookingTransitions[action];
  if (!t) return { ok: false, reason: "Unknown action." };
  if (!t.from.includes(status)) return { ok: false, reason: `This booking is ${statusWords[status]}; it cannot be ${actionPastTense[action]}.` };
  const started = now.getTime() >= startsAt.getTime();
  if (t.afterStart && !started) return { ok: false, reason: "This can only be done once the appointment has started." };
  if (t.beforeStart && started) return { ok: false, reason: "This appointment has already started." };
  return { ok: true, to: t.to };
}

/** The actions the dashboard offers for a booking right now, in display order. */
export function availableBookingActions({ status, startsAt, now }: { status: BookingStatus; startsAt: Date; now: Date }): BookingAction[] {
  return bookingActions.filter((action) => checkBookingTransition({ status, action, startsAt, now }).ok);
}

/** Statuses that hold the slot (mirrors the exclusion constraint's WHERE). */
export const activeBookingStatuses: readonly BookingStatus[] = ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CONFIRMED", "COMPLETED", "NO_SHOW"];
