import { NextResponse } from "next/server";
import { z } from "zod";
import { getSessionUserId } from "@/lib/auth/session";
import type { Role } from "@/lib/db/generated/enums";
import { AppError, busyError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/safe-action";
import { assertRole, resolveOrg, type OrgContext } from "@/lib/tenancy/org-context";

// The one wrapper for route handlers under /api/orgs/[org]/...: session, membership, role,
// zod on the query string; AppError becomes its HTTP status with a JSON body.
type RouteParams = { params: Promise<Record<string, string>> };

export function withOrg<Q extends z.ZodType>(options: { role?: Role; query?: Q }, handler: (args: { req: Request; ctx: OrgContext; params: Record<string, string>; query: z.infer<Q> }) => Promise<Response>) {
  return async (req: Request, { params }: RouteParams): Promise<Response> => {
    try {
      const userId = await getSessionUserId();
      if (!userId) throw new AppError("UNAUTHENTICATED");
      const resolved = await params;
      const ctx = await resolveOrg(userId, resolved.org);
      assertRole(ctx, options.role ?? "STAFF");
      const query = (options.query ? parseOrThrow(options.query, Object.fromEntries(new URL(req.url).searchParams)) : undefined) as z.infer<Q>;
      return await handler({ req, ctx, params: resolved, query });
    } catch (err) {
      return errorResponse(err);
    }
  };
}

export function errorResponse(err: unknown): Response {
  const busy = busyError(err);
  if (busy) return NextResponse.json({ error: { code: busy.code, message: busy.message } }, { status: busy.status, headers: { "retry-after": "2" } });
  if (err instanceof AppError) return NextResponse.json({ error: { code: err.code, message: err.message, fields: err.fieldErrors } }, { status: err.status });
  console.error("[route]", err);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong." } }, { status: 500 });
}
