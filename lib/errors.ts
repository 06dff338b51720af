// The one application error. Domain code throws it; the action and route wrappers map it
// to a form message or an HTTP status, so no caller ever sees a stack trace.
export const errorStatus = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UPSTREAM_UNAVAILABLE: 502,
  NOT_CONFIGURED: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

const defaultMessages: Record<ErrorCode, string> = {
  BAD_INPUT: "Please check the highlighted fields.",
  UNAUTHENTICATED: "Please sign in to continue.",
  FORBIDDEN: "Your role does not allow this. Ask an owner or admin.",
  NOT_FOUND: "Not found.",
  CONFLICT: "This conflicts with existing data.",
  RATE_LIMITED: "Too many attempts. Please wait and try again.",
  UPSTREAM_UNAVAILABLE: "A service we depend on could not be reached. Nothing was changed; please try again in a minute.",
  NOT_CONFIGURED: "This feature is not configured.",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string>;

  constructor(code: ErrorCode, message?: string, fieldErrors?: Record<string, string>) {
    super(message ?? defaultMessages[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = "Not found.") => new AppError("NOT_FOUND", what);

/** Prisma's unique-violation error (P2002), optionally on a given column, so domain code can turn it into a field error. */
export function isUniqueViolation(err: unknown, field?: string): boolean {
  const e = err as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: unknown } } };
  if (e?.code !== "P2002") return false;
  if (!field) return true;
  // Prisma 7 with a driver adapter describes the constraint in meta.driverAdapterError.cause
  // (fields or index name); older engines in meta.target.
  const described = JSON.stringify([e.meta?.target ?? null, e.meta?.driverAdapterError?.cause ?? null]);
  return described.includes(field);
}

export const BUSY_MESSAGE = "We're busy right now. Please try again in a moment.";

/**
 * The database had no connection to spare in time (pool wait or transaction start timed out, or
 * the server refused more clients): the request did nothing, so answer 429 "try again" instead
 * of a 500. Prisma reports P2024 / P2028; the pg pool a "timeout exceeded" message.
 */
export function busyError(err: unknown): AppError | null {
  const e = err as { code?: string; message?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; code?: string } } } };
  const cause = e?.meta?.driverAdapterError?.cause;
  const pgCode = cause?.originalCode ?? cause?.code;
  const busy = e?.code === "P2024" || e?.code === "P2028" || pgCode === "53300" || /timeout exceeded when trying to connect|Unable to start a transaction in the given time|too many clients already|connection timeout/i.test(e?.message ?? "");
  return busy ? new AppError("RATE_LIMITED", BUSY_MESSAGE) : null;
}
