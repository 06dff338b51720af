import { handleJob, type JobHandler } from "@/lib/jobs/boss";
import { runBroadcastJob, sweepBroadcasts } from "./broadcasts/sweep-broadcasts";
import { sendDueDripSteps } from "./drips/send-due-drip-steps";
import { broadcastSendJob, broadcastSweepJob, dripSendJob, flowEventJob, httpRequestJob, telegramSendJob, telegramSweepJob, telegramUpdateJob } from "./jobs";
import { processTelegramUpdates } from "./runtime/process-telegram-update";
import { runFlowEventJob, runHttpRequestJob, sweepTelegramWork } from "./runtime/run-bot-flow-jobs";
import { sendBotMessages } from "./runtime/send-bot-messages";

export const botJobHandlers: JobHandler[] = [
  handleJob(telegramUpdateJob, processTelegramUpdates),
  handleJob(telegramSendJob, sendBotMessages),
  handleJob(flowEventJob, runFlowEventJob),
  handleJob(httpRequestJob, runHttpRequestJob),
  handleJob(telegramSweepJob, sweepTelegramWork),
  handleJob(broadcastSendJob, runBroadcastJob),
  handleJob(broadcastSweepJob, () => sweepBroadcasts()),
  handleJob(dripSendJob, () => sendDueDripSteps()),
];
