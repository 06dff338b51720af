import { handleJob, type JobHandler } from "@/lib/jobs/boss";
import { deliverEmail } from "./deliver-email";
import { deliverEmailJob } from "./jobs";

export const emailJobHandlers: JobHandler[] = [handleJob(deliverEmailJob, deliverEmail)];
