import { handleJob, type JobHandler } from "@/lib/jobs/boss";
import { bookingHoldJob, bookingRemindersJob } from "./jobs";
import { runBookingRemindersJob } from "./notify/send-due-reminders";
import { runBookingHoldJob } from "./paid-orders/booking-holds";

export const bookingJobHandlers: JobHandler[] = [handleJob(bookingHoldJob, runBookingHoldJob), handleJob(bookingRemindersJob, runBookingRemindersJob)];
