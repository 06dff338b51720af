import { z } from "zod";
import { defineJob, queues } from "@/lib/jobs/boss";

/** booking.expire-hold: `{ bookingId }` that booking's hold; `{}` the once-a-minute sweep. */
export const bookingHoldJob = defineJob(queues.bookingExpireHold, z.object({ bookingId: z.string().optional() }));
/** booking.reminders: the once-a-minute cron of reminders that came due. */
export const bookingRemindersJob = defineJob(queues.bookingReminders, z.object({}));
