// A rush's late buyers are answered "sold out" without waiting on the ticket type's row lock:
// this process remembers for a moment which types it saw sold out. Only an optimization: the
// conditional UPDATE stays the one guard, and seats coming back (an expired hold, a refund) are
// seen again at the latest after MEMO_MS, at once when this process gave them back.
const MEMO_MS = 2_000;
const seenSoldOut = new Map<string, { until: number; name: string }>();

export function rememberSoldOut(remaining: Record<string, number>, names: ReadonlyMap<string, string>, now = Date.now()): void {
  for (const [id, left] of Object.entries(remaining)) if (left === 0 && names.has(id)) seenSoldOut.set(id, { until: now + MEMO_MS, name: names.get(id)! });
}

export function forgetSoldOut(ticketTypeIds: Iterable<string>): void {
  for (const id of ticketTypeIds) seenSoldOut.delete(id);
}

/** The first of these types this process saw sold out within the last moment, with its name, if any. */
export function recentlySoldOut(ticketTypeIds: readonly string[], now = Date.now()): { id: string; name: string } | null {
  for (const id of ticketTypeIds) {
    const seen = seenSoldOut.get(id);
    if (seen && seen.until > now) return { id, name: seen.name };
    if (seen) seenSoldOut.delete(id);
  }
  return null;
}
