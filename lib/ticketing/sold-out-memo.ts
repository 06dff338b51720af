// A rush's late buyers are answered "sold out" without waiting on the ticket type's row lock:
// this process remembers for a moment which types it saw sold out. Only an optimization: the
// conditional UPDATE stays the one guard, and seats coming back (an expired hold, a refund) are
// seen again at the latest after MEMO_MS, at once when this process gave them back.
const MEMO_MS = 2_000;
const seenSoldOut = new Map<string, number>();

export function rememberSoldOut(remaining: Record<string, number>, now = Date.now()): void {
  for (const [id, left] of Object.entries(remaining)) if (left === 0) seenSoldOut.set(id, now + MEMO_MS);
}

export function forgetSoldOut(ticketTypeIds: Iterable<string>): void {
  for (const id of ticketTypeIds) seenSoldOut.delete(id);
}

/** The first of these types this process saw sold out within the last moment, if any. */
export function recentlySoldOut(ticketTypeIds: readonly string[], now = Date.now()): string | null {
  for (const id of ticketTypeIds) {
    const until = seenSoldOut.get(id);
    if (until !== undefined && until > now) return id;
    if (until !== undefined) seenSoldOut.delete(id);
  }
  return null;
}
