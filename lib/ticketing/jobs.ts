import { z } from "zod";
import { defineJob, queues } from "@/lib/jobs/boss";

/** ticket.expire-hold: `{ orderId }` that order's seat hold; `{}` the once-a-minute sweep. */
export const ticketHoldJob = defineJob(queues.ticketExpireHold, z.object({ orderId: z.string().optional() }));
/** ticket.send-emails: a paid order's tickets by email and in the bot chat. */
export const ticketDeliveryJob = defineJob(queues.ticketSendEmails, z.object({ orgId: z.string().min(1), orderId: z.string().min(1) }));
