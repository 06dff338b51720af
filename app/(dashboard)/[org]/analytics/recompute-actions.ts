"use server";
import { z } from "zod";
import { getLatestAnalyticsRun, type AnalyticsRunView } from "@/lib/analytics";
import { requestAnalyticsRecompute } from "@/lib/analytics";
import { orgAction } from "@/lib/safe-action";

// "Recompute now" on the analytics pages: queues a recompute of the org (or joins the one already
// queued or running) and returns the run for RecomputePanel to follow.
export const recomputeAnalyticsAction = orgAction({ schema: z.object({}), role: "STAFF" }, async (_input, ctx) => {
  const request = await requestAnalyticsRecompute({ orgId: ctx.orgId });
  const run: AnalyticsRunView | null = await getLatestAnalyticsRun({ orgId: ctx.orgId });
  return { ok: true as const, message: request.created ? "Recompute queued." : "A recompute is already under way.", data: run };
});
