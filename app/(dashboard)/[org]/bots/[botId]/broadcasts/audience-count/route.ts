import { NextResponse } from "next/server";
import { z } from "zod";
import { audienceSchema, countBroadcastAudience } from "@/lib/bots";
import { findOrgBot } from "@/lib/bots";
import { AppError } from "@/lib/errors";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /[org]/bots/[botId]/broadcasts/audience-count?tags=a,b&fields=[{"key","value"}]&segmentId=:
// the live recipient count of the compose form (active subscribers only).
const query = z.object({ tags: z.string().max(2000).default(""), fields: z.string().max(4000).default("[]"), segmentId: z.string().max(64).optional() });

export const GET = withOrg({ query }, async ({ ctx, params, query: q }) => {
  const bot = await findOrgBot({ orgId: ctx.orgId, botId: params.botId });
  let fields: unknown;
  try {
    fields = JSON.parse(q.fields);
  } catch {
    throw new AppError("BAD_INPUT", "Fields must be JSON.");
  }
  const parsed = audienceSchema.safeParse({ tags: q.tags.split(",").filter(Boolean), customFields: fields, segmentId: q.segmentId || undefined });
  if (!parsed.success) throw new AppError("BAD_INPUT", "Check the audience.");
  const count = await countBroadcastAudience({ orgId: ctx.orgId, botId: bot.id, audience: parsed.data });
  return NextResponse.json({ count }, { headers: { "cache-control": "no-store" } });
});
