// Postgres exclusion-constraint violations (SQLSTATE 23P01), e.g. "Booking_no_overlap".
// Prisma 7.10 with @prisma/adapter-pg has no dedicated code for them: the client throws a
// PrismaClientKnownRequestError with code "P2039" whose meta.driverAdapterError.cause is
// { kind: "postgres", code: "23P01", message: '... exclusion constraint "Booking_no_overlap"' }
// (same inside an interactive transaction). P2039 is generic, so look for the SQLSTATE on the
// error, its `cause` chain and that meta, and for the constraint name in the messages; the test
// beside it checks this against the real database.
export function isExclusionViolation(err: unknown, constraint?: string): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  let found = false;
  const texts: string[] = [];
  while (queue.length) {
    const e = queue.shift() as Record<string, unknown> | null | undefined;
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    if (e.code === "23P01" || e.originalCode === "23P01") found = true;
    for (const key of ["message", "originalMessage", "detail"]) if (typeof e[key] === "string") texts.push(e[key] as string);
    const meta = e.meta as Record<string, unknown> | undefined;
    queue.push(e.cause, meta?.driverAdapterError, (meta?.driverAdapterError as Record<string, unknown> | undefined)?.cause);
  }
  if (!found) return false;
  return !constraint || texts.some((t) => t.includes(constraint));
}
