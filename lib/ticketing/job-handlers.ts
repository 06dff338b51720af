import { handleJob, type JobHandler } from "@/lib/jobs/boss";
import { ticketDeliveryJob, ticketHoldJob } from "./jobs";
import { runTicketHoldJob } from "./paid-orders/expire-ticket-hold";
import { runTicketDeliveryJob } from "./tickets/send-ticket-emails";

export const ticketingJobHandlers: JobHandler[] = [handleJob(ticketHoldJob, runTicketHoldJob), handleJob(ticketDeliveryJob, runTicketDeliveryJob)];
