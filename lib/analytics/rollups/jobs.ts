import { z } from "zod";
import { defineJob, queues } from "@/lib/jobs/boss";

/** analytics.recompute: one org's recompute; `runId` is the AnalyticsRun it reports into. */
export const recomputeJob = defineJob(queues.analyticsRecompute, z.object({ orgId: z.string().min(1), runId: z.string().optional() }));
/** analytics.recompute-all: the nightly cron, a recompute for every org with orders. */
export const recomputeAllJob = defineJob(queues.analyticsRecomputeAll, z.object({}));
