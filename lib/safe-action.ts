import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getSessionUserId } from "@/lib/auth/session";
import type { Role } from "@/lib/db/generated/enums";
import { AppError, busyError } from "@/lib/errors";
import { assertRole, resolveOrg, type OrgContext } from "@/lib/tenancy/org-context";

// The one wrapper for server actions: session, org membership, role, zod. Forms get back a
// message, per-field errors and the values they sent, so a rejected form loses nothing
// (except passwords, tokens and secrets, which never travel back to the browser).
export type ActionState<T = unknown> = { ok: true; message?: string; data?: T } | { ok: false; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> } | null;

type Handler<S extends z.ZodType, T, C> = (input: z.infer<S>, ctx: C) => Promise<T | ActionState<T>>;

const orgField = z.object({ org: z.string().min(1).max(64) });

/** An action inside an organization: the form carries `org` (the slug); membership decides. */
export function orgAction<S extends z.ZodType, T>(options: { schema: S; role?: Role }, handler: Handler<S, T, OrgContext>) {
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> =>
    run(formData, async (raw) => {
      const userId = await getSessionUserId();
      if (!userId) throw new AppError("UNAUTHENTICATED");
      const { org } = parseOrThrow(orgField, raw);
      const ctx = await resolveOrg(userId, org);
      assertRole(ctx, options.role ?? "STAFF");
      return handler(parseOrThrow(options.schema, raw), ctx);
    });
}

/** An action for a signed-in user outside any organization (create an org, accept an invite). */
export function userAction<S extends z.ZodType, T>(options: { schema: S }, handler: Handler<S, T, { userId: string }>) {
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> =>
    run(formData, async (raw) => {
      const userId = await getSessionUserId();
      if (!userId) throw new AppError("UNAUTHENTICATED");
      return handler(parseOrThrow(options.schema, raw), { userId });
    });
}

/** An action anyone may call (sign-up, sign-in): still parsed and error-mapped. */
export function publicAction<S extends z.ZodType, T>(options: { schema: S }, handler: Handler<S, T, Record<string, never>>) {
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => run(formData, async (raw) => handler(parseOrThrow(options.schema, raw), {}));
}

export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).map((v) => (typeof v === "string" ? v : ""));
    out[key] = key.endsWith("[]") ? values : values[0];
  }
  return out;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  throw new AppError("BAD_INPUT", undefined, fieldErrors);
}

// Invisible control characters (NUL above all, which Postgres cannot store) are never valid form input.
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function rejectControlChars(raw: Record<string, string | string[]>) {
  const fieldErrors: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((Array.isArray(value) ? value : [value]).some((v) => controlChars.test(v))) fieldErrors[key.replace(/\[\]$/, "")] = "Remove the invisible control characters";
  }
  if (Object.keys(fieldErrors).length) throw new AppError("BAD_INPUT", undefined, fieldErrors);
}

async function run<T>(formData: FormData, fn: (raw: Record<string, string | string[]>) => Promise<T | ActionState<T>>): Promise<ActionState<T>> {
  const raw = formDataToObject(formData);
  const values = Object.fromEntries(Object.entries(raw).filter(([k, v]) => typeof v === "string" && !/password|token|secret/i.test(k))) as Record<string, string>;
  try {
    rejectControlChars(raw);
    const result = await fn(raw);
    if (result && typeof result === "object" && "ok" in result) return result as ActionState<T>;
    return { ok: true, data: result as T };
  } catch (err) {
    unstable_rethrow(err); // redirect() and notFound() are control flow, not failures
    if (err instanceof AppError) return { ok: false, message: err.message, fieldErrors: err.fieldErrors, values };
    const busy = busyError(err);
    if (busy) return { ok: false, message: busy.message, values };
    console.error("[action]", err);
    return { ok: false, message: "Something went wrong on our side. Nothing was changed; please try again.", values };
  }
}
