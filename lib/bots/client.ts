// The bots area's browser-safe public entry: what client components may import.
// Server code imports @/lib/bots, which re-exports this too.
export type { MessagesPerDay } from "./admin/get-bot-overview";
export type { Audience } from "./broadcasts/broadcast-audience";
export { applySubscriberEffects } from "./flow-engine/apply-subscriber-effects";
export { describeTriggerConflicts } from "./flow-engine/find-trigger-conflicts";
export { sanitizeTelegramHtml } from "./flow-engine/format-telegram-html";
export { listNodeExits, type NodeExit } from "./flow-engine/list-node-exits";
export { parseIncomingText } from "./flow-engine/parse-incoming-text";
export { runFlow } from "./flow-engine/run-flow-step";
export {
  type ChoiceOption,
  type ConditionRule,
  type ConversationState,
  type Effect,
  type FlowEvent,
  type FlowGraph,
  flowGraphSchema,
  type FlowNode,
  type FlowNodeType,
  type MessageButton,
  type OutButton,
  type RunnableFlow,
  type SubscriberSnapshot,
  type Trigger,
  type Variables,
} from "./flow-engine/types";
export { type FlowIssue, validateFlow } from "./flow-engine/validate-flow";
export { describeTrigger } from "./flows/describe-trigger";
export type { FlowRunError } from "./flows/list-flow-run-errors";
export type { SimulatorMessage } from "./sandbox/get-simulator-chat";
export { subscriberDisplayName } from "./subscribers/subscriber-display-name";
export { type SubscriberFilters, subscriberStatusLabels } from "./subscribers/subscriber-filters";
