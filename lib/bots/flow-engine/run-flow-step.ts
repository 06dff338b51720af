import { BUTTON_EXPIRED, findNode, followExit, type FlowRun, isLive, log, MAX_STEPS_PER_EVENT, newConversation, setVariables } from "./flow-run";
import { pickTrigger } from "./pick-trigger";
import { resumeConversation } from "./resume-conversation";
import { runNode } from "./run-node";
import type { ConversationState, FlowContext, FlowEvent, FlowGraph, FlowResult } from "./types";

/**
 * The flow engine: one incoming event for one subscriber -> the effects to carry out, in order,
 * and the conversation state to save (null: no conversation is running). Pure: time, randomness
 * and the subscriber come in through `context`; nothing is read or written.
 *
 * - `graph` is the graph of the version the conversation started on (`state.flowId` at
 *   `state.flowVersion`), not the latest published one: publishing a new version never changes
 *   a running conversation. If its current node is gone from that graph, the conversation ends
 *   quietly (a "missing-node" log effect). With no running conversation `graph` is not used.
 * - `context.flows` are the flows a message may start (published versions; the editor's preview
 *   passes the draft) and the targets of jumps. A jump moves the state to the target flow and
 *   its version: the next call passes that graph.
 * - A waiting conversation older than its flow's session timeout (default 24 h) is over: the next
 *   message is treated as new, and a button press on it is answered "This button has expired".
 * - Every callback event gets exactly one answerCallback effect.
 */
export function runFlow(graph: FlowGraph, state: ConversationState | null, event: FlowEvent, context: FlowContext): FlowResult {
  if (!isLive(state, context.now)) return startNew(null, event, context);
  const run: FlowRun = { graph, state: structuredClone(state), effects: [], ctx: context, steps: 0, jumpTargets: new Set() };
  const node = findNode(graph, state.currentNodeId);
  if (!node) {
    if (event.type === "callback") run.effects.push({ type: "answerCallback", callbackQueryId: event.callbackQueryId, text: BUTTON_EXPIRED });
    log(run, "missing-node", `Node ${state.currentNodeId} is not in version ${state.flowVersion} of flow ${state.flowId}: the conversation ended.`, state.currentNodeId);
    return { effects: run.effects, state: null };
  }
  const outcome = resumeConversation(run, node, state.waiting, event);
  if (outcome.kind === "stay") return { effects: run.effects, state: run.state };
  if (outcome.kind === "route") return startNew(run.state, event, context, outcome.includeDefault);
  run.state.waiting = null;
  return walk(run, followExit(run.graph, node.id, outcome.handle));
}

/** A message nothing is waiting for: start the flow its trigger picks, or leave `current` as it is. */
function startNew(current: ConversationState | null, event: FlowEvent, context: FlowContext, includeDefault = true): FlowResult {
  if (event.type === "callback") return { effects: [{ type: "answerCallback", callbackQueryId: event.callbackQueryId, text: BUTTON_EXPIRED }], state: current };
  const match = pickTrigger({ flows: context.flows, event, includeDefault });
  if (!match) return { effects: [], state: current };
  const run: FlowRun = { graph: match.flow.graph, state: newConversation(match.flow, match.triggerNodeId, context), effects: [], ctx: context, steps: 0, jumpTargets: new Set() };
  // The deep-link payload and command arguments are there for conditions and texts.
  if (event.type === "start" && event.payload) setVariables(run, { start_payload: event.payload });
  if (event.type === "command" && event.args) setVariables(run, { command_args: event.args });
  return walk(run, match.triggerNodeId);
}

/** Runs nodes from `nodeId` until one waits, the flow ends, or a guard stops it. */
function walk(run: FlowRun, nodeId: string | null): FlowResult {
  const end = (): FlowResult => ({ effects: run.effects, state: null });
  let next = nodeId;
  while (next) {
    if (run.steps >= MAX_STEPS_PER_EVENT) {
      log(run, "loop-stopped", `Loop stopped: more than ${MAX_STEPS_PER_EVENT} steps for one message.`, next);
      return end();
    }
    const node = findNode(run.graph, next);
    if (!node) {
      log(run, "missing-node", `Node ${next} is not in flow ${run.state.flowId}.`, next);
      return end();
    }
    run.steps += 1;
    run.state.stepCount += 1;
    run.state.currentNodeId = node.id;
    const outcome = runNode(run, node);
    if (outcome.kind === "wait") return { effects: run.effects, state: run.state };
    if (outcome.kind === "exit") {
      next = followExit(run.graph, node.id, outcome.handle);
      continue;
    }
    // A jump: into another flow's published version (or another place in this one).
    const target = run.ctx.flows.find((f) => f.id === outcome.flowId);
    if (!target) {
      log(run, "missing-flow", `Jump to flow ${outcome.flowId || "(none)"}, which is not published.`, node.id);
      return end();
    }
    const entry = outcome.nodeId ?? target.graph.nodes.find((n) => n.type === "trigger")?.id;
    if (!entry) {
      log(run, "missing-node", `Flow ${target.id} has no trigger to jump to.`, node.id);
      return end();
    }
    const key = `${target.id}#${entry}`;
    if (run.jumpTargets.has(key)) {
      log(run, "jump-cycle", `Jump cycle stopped: flow ${target.id} was already jumped to for this message.`, node.id);
      return end();
    }
    run.jumpTargets.add(key);
    run.graph = target.graph;
    run.state.flowId = target.id;
    run.state.flowVersion = target.version;
    next = entry;
  }
  return end();
}
