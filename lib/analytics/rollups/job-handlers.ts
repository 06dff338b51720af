import { handleJob, type JobHandler } from "@/lib/jobs/boss";
import { recomputeAllJob, recomputeJob } from "./jobs";
import { requestRecomputeForAllOrgs, runAnalyticsRecomputeJob } from "./request-recompute";

export const analyticsJobHandlers: JobHandler[] = [handleJob(recomputeJob, runAnalyticsRecomputeJob), handleJob(recomputeAllJob, requestRecomputeForAllOrgs)];
