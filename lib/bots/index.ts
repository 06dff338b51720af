// The bots area's public entry: code outside lib/bots imports only this (or ./client in the browser).
export * from "./client";
export { botCommandsField, botTokenField, commandsToText, welcomeTextField } from "./admin/bot-fields";
export { botRefField } from "./admin/bot-ref-field";
export { connectBot } from "./admin/connect-bot";
export { botTokenKey, decryptBotToken, encryptBotToken } from "./admin/encrypt-bot-token";
export { findOrgBot } from "./admin/find-org-bot";
export { getBot, getBotStats } from "./admin/get-bot-overview";
export { listBots } from "./admin/list-bots";
export { getBotWebhookHealth, removeBotWebhook, setBotWebhook } from "./admin/manage-bot-webhook";
export { disconnectBot, setBotCommands, setBotWelcomeText } from "./admin/update-bot-settings";
export { audienceSchema, countBroadcastAudience, countSavedAudience, readAudience } from "./broadcasts/broadcast-audience";
export {
  claimDeliveries,
  type ClaimedDelivery,
  claimFeed,
  confirmSent,
  lastSendAgoMs,
  markAttempt,
  markRefused,
  recordBlocked,
  recordFailure,
  recoverStaleDeliveries,
  refreshBroadcastCounts,
  releaseDeliveries,
  UNKNOWN_OUTCOME,
} from "./broadcasts/broadcast-deliveries";
export { broadcastFormSchema } from "./broadcasts/broadcast-fields";
export { changeBroadcastStatus } from "./broadcasts/change-broadcast-status";
export { deleteDraftBroadcast } from "./broadcasts/delete-draft-broadcast";
export { type DeliveryStatusFilter, getBroadcast, listBroadcasts, listDeliveries } from "./broadcasts/list-broadcasts";
export { runBroadcastSender, type SenderResult } from "./broadcasts/run-broadcast-sender";
export { saveBroadcast } from "./broadcasts/save-broadcast";
export type { BroadcastContent } from "./broadcasts/send-broadcast-message";
export { chatLabel, findOwnSubscriber, ownChatMissing, sendTestBroadcast } from "./broadcasts/send-test-broadcast";
export { seedDemoBot } from "./demo/seed-demo-bot";
export { deleteDripSequence } from "./drips/delete-drip-sequence";
export { dripFieldsSchema, fromMinutes } from "./drips/drip-fields";
export { countTaggedNotEnrolled } from "./drips/enroll-on-tag";
export { getDripSequence, listDripSequences, saveDripSequence } from "./drips/save-drip-sequence";
export { escapeHtml } from "./flow-engine/format-telegram-html";
export type { NodeOf } from "./flow-engine/types";
export { listFlowRunErrors } from "./flows/list-flow-run-errors";
export { listFlows, loadFlowEditor } from "./flows/list-flows";
export { createFlow, deleteFlow, duplicateFlow, renameFlow } from "./flows/manage-flows";
export { publishFlow, revertFlowDraft } from "./flows/publish-flow";
export { saveFlowDraft } from "./flows/save-flow-draft";
export { handBackToBot } from "./inbox/hand-back-to-bot";
export { listConversations } from "./inbox/list-conversations";
export { markConversationRead, replyTextField, replyToSubscriber } from "./inbox/reply-to-subscriber";
export { botJobHandlers } from "./job-handlers";
export { startTelegramUpdateDrainer } from "./runtime/drain-telegram-updates";
export { type LinkedPurchase, linkPurchaseToSubscriber } from "./runtime/link-purchase-to-subscriber";
export type { OutgoingMessage } from "./runtime/queue-bot-messages";
export { queuePurchaseMessage } from "./runtime/queue-purchase-message";
export { forgetWebhookSecret, receiveTelegramUpdate } from "./runtime/receive-telegram-update";
export { verifySubscriberRef } from "./runtime/sign-subscriber-ref";
export { createSandboxBot } from "./sandbox/create-sandbox-bot";
export { deleteSandboxBot } from "./sandbox/delete-sandbox-bot";
export { getSimulatorChat } from "./sandbox/get-simulator-chat";
export { simulateSandboxUpdate } from "./sandbox/simulate-sandbox-update";
export { bulkTagSchema, bulkTagSubscribers } from "./subscribers/bulk-tag-subscribers";
export { exportSubscribersCsv } from "./subscribers/export-subscribers-csv";
export { getSubscriber, listSubscriberMessages } from "./subscribers/get-subscriber";
export { countSubscribers, listSubscriberFieldNames, listSubscribers, listSubscriberTags } from "./subscribers/list-subscribers";
export { hasSubscriberFilters, parseSubscriberFilters, subscriberFiltersSchema } from "./subscribers/subscriber-filters";
export { tagsTextSchema, updateSubscriberTags } from "./subscribers/update-subscriber-tags";
