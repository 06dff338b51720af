import { z } from "zod";
import { defineJob, queues } from "@/lib/jobs/boss";
import { type Effect, flowEventSchema } from "./flow-engine/types";

const chat = { botId: z.string().min(1), chatId: z.number().int() };
type HttpEffect = Extract<Effect, { type: "httpRequest" }>;
const httpEffect = z.custom<HttpEffect>((v) => typeof v === "object" && v !== null && (v as { type?: unknown }).type === "httpRequest", "an httpRequest effect");

/** telegram.update: that chat's recorded updates, in order (the sweep's; the drainer does the rest). */
export const telegramUpdateJob = defineJob(queues.telegramUpdate, z.object(chat));
/** telegram.send: that subscriber's queued replies, in order. */
export const telegramSendJob = defineJob(queues.telegramSend, z.object({ subscriberId: z.string().min(1) }));
/** bots.flow-event: a delay elapsed, or the inbox handed the chat back. */
export const flowEventJob = defineJob(queues.botFlowEvent, z.object({ ...chat, event: flowEventSchema }));
/** bots.http-request: a flow's HTTP node. */
export const httpRequestJob = defineJob(queues.botHttpRequest, z.object({ ...chat, request: httpEffect }));
/** telegram.sweep: updates or replies whose job was lost. */
export const telegramSweepJob = defineJob(queues.telegramSweep, z.object({}));
/** broadcast.send: every SENDING broadcast of that bot, at Telegram's pace. */
export const broadcastSendJob = defineJob(queues.broadcastSend, z.object({ botId: z.string().min(1) }));
/** broadcast.sweep: scheduled broadcasts that came due; senders whose job was lost. */
export const broadcastSweepJob = defineJob(queues.broadcastSweep, z.object({}));
/** drip.send: drip steps that came due (each sent once). */
export const dripSendJob = defineJob(queues.dripSend, z.object({}));
