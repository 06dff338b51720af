import type { Scope } from "./interpolate-text";
import type { ConversationState, Effect, FlowContext, FlowEdge, FlowGraph, FlowNode, RunnableFlow, Variables, VariableValue, WaitingKind } from "./types";

// The working copy of one runFlow call: the graph being walked (it changes on a jump), the
// state, the effects so far and the loop guards. Only runFlow's own helpers mutate it.

export const MAX_STEPS_PER_EVENT = 50;
/** The answer to a button press nothing is waiting for. */
export const BUTTON_EXPIRED = "This button has expired";
const HTTP_GRACE_MS = 60_000;

export type FlowRun = {
  graph: FlowGraph;
  state: ConversationState;
  effects: Effect[];
  ctx: FlowContext;
  /** Nodes run in this call: the loop guard. */
  steps: number;
  /** "flowId#nodeId" jumped to in this call: the jump cycle guard. */
  jumpTargets: Set<string>;
};

export function newConversation(flow: RunnableFlow, triggerNodeId: string, ctx: FlowContext): ConversationState {
  return {
    sessionId: randomId(ctx.random),
    flowId: flow.id,
    flowVersion: flow.version,
    currentNodeId: triggerNodeId,
    waiting: null,
    variables: {},
    tags: { added: [], removed: [] },
    reaskCount: 0,
    stepCount: 0,
    startedAt: ctx.now.toISOString(),
  };
}

function randomId(random: () => number): string {
  let id = "";
  for (let i = 0; i < 8; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** Waiting on something that can still arrive: not expired (delays and hand-offs never expire). */
export function isLive(state: ConversationState | null, now: Date): state is ConversationState & { waiting: NonNullable<ConversationState["waiting"]> } {
  if (!state?.waiting) return false;
  return state.waiting.expiresAt === null || now.getTime() <= Date.parse(state.waiting.expiresAt);
}

/** The token of the wait at the current step: callback data, delay and HTTP results must carry it. */
export function currentToken(state: ConversationState): string {
  return `${state.sessionId}.${state.stepCount.toString(36)}`;
}

export function startWaiting(run: FlowRun, kind: WaitingKind, expiresInMs: number | null) {
  const now = run.ctx.now.getTime();
  run.state.waiting = {
    kind,
    token: currentToken(run.state),
    since: run.ctx.now.toISOString(),
    expiresAt: expiresInMs === null ? null : new Date(now + expiresInMs).toISOString(),
  };
}

export function answerTimeoutMs(graph: FlowGraph): number {
  return graph.settings.sessionTimeoutHours * 3_600_000;
}

export function httpTimeoutMs(timeoutMs: number): number {
  return timeoutMs + HTTP_GRACE_MS;
}

export function scopeOf(run: FlowRun): Scope {
  return { variables: run.state.variables, subscriber: run.ctx.subscriber };
}

export function tagsOf(run: FlowRun): Set<string> {
  const tags = new Set([...run.ctx.subscriber.tags, ...run.state.tags.added]);
  for (const tag of run.state.tags.removed) tags.delete(tag);
  return tags;
}

export function setVariables(run: FlowRun, input: Variables) {
  const variables = Object.fromEntries(Object.entries(input).filter(([name]) => name.trim() !== ""));
  if (Object.keys(variables).length === 0) return;
  run.state.variables = { ...run.state.variables, ...variables };
  run.effects.push({ type: "setVariables", variables });
}

export function setVariable(run: FlowRun, name: string, value: VariableValue) {
  setVariables(run, { [name]: value });
}

export function changeTags(run: FlowRun, action: "add" | "remove", names: string[]) {
  const tags = [...new Set(names.map((t) => t.trim()).filter(Boolean))];
  if (tags.length === 0) return;
  const { added, removed } = run.state.tags;
  run.state.tags = action === "add" ? { added: union(added, tags), removed: without(removed, tags) } : { added: without(added, tags), removed: union(removed, tags) };
  run.effects.push(action === "add" ? { type: "setTags", tags } : { type: "removeTags", tags });
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
const without = (a: string[], b: string[]) => a.filter((t) => !b.includes(t));

export function findNode(graph: FlowGraph, nodeId: string): FlowNode | undefined {
  return graph.nodes.find((n) => n.id === nodeId);
}

const isDefaultHandle = (handle: FlowEdge["sourceHandle"]) => !handle || handle === "next";

/** The node an exit leads to: "next" (or no handle) is the default exit; a named exit never falls back. */
export function followExit(graph: FlowGraph, nodeId: string, handle: string): string | null {
  const edge = graph.edges.find((e) => e.source === nodeId && (handle === "next" ? isDefaultHandle(e.sourceHandle) : e.sourceHandle === handle));
  return edge?.target ?? null;
}

export function hasExit(graph: FlowGraph, nodeId: string, handle: string): boolean {
  return followExit(graph, nodeId, handle) !== null;
}

export function log(run: FlowRun, code: Extract<Effect, { type: "log" }>["code"], message: string, nodeId?: string) {
  run.effects.push({ type: "log", level: "warn", code, message, ...(nodeId ? { nodeId } : {}) });
}
