import { NextResponse } from "next/server";
import { getSimulatorChat } from "@/lib/bots";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /[org]/bots/[botId]/simulator/feed: the sandbox simulator's chat (polled while it is open). Not a sandbox of this org: 404.
export const GET = withOrg({}, async ({ ctx, params }) => NextResponse.json(await getSimulatorChat({ orgId: ctx.orgId, botId: params.botId }), { headers: { "cache-control": "no-store" } }));
