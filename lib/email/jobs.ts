import { z } from "zod";
import { defineJob, queues } from "@/lib/jobs/boss";

/** email.send: deliver one recorded Email row (lib/email/deliver-email.ts). */
export const deliverEmailJob = defineJob(queues.sendEmail, z.object({ emailId: z.string().min(1) }));
