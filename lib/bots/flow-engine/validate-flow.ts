import { findTriggerConflicts } from "./find-trigger-conflicts";
import { listNodeExits } from "./list-node-exits";
import { isReservedVariable } from "./read-variable";
import { flowGraphSchema, type FlowGraph, type FlowNode } from "./types";

// Publish-time checks: what would break or confuse a conversation. Errors block publishing;
// warnings are shown next to the node. `flowIds`: the bot's flows, for jumps.

export type FlowIssue = { nodeId?: string; message: string; severity: "error" | "warning" };

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
// Callback data is at most 64 bytes: "<session>.<step>:<button id>".
const MAX_BUTTON_ID = 40;

export function validateFlow({ graph: input, flowIds }: { graph: unknown; flowIds?: string[] }): FlowIssue[] {
  const parsed = flowGraphSchema.safeParse(input);
  if (!parsed.success) {
    const rawNodes = (input as { nodes?: { id?: unknown }[] } | null)?.nodes;
    return parsed.error.issues.map((issue) => {
      const nodeId = issue.path[0] === "nodes" && typeof issue.path[1] === "number" ? rawNodes?.[issue.path[1]]?.id : undefined;
      return { ...(typeof nodeId === "string" ? { nodeId } : {}), message: `${issue.path.join(".")}: ${issue.message}`, severity: "error" as const };
    });
  }
  const graph = parsed.data;
  const issues: FlowIssue[] = [];
  const error = (message: string, nodeId?: string) => issues.push({ ...(nodeId ? { nodeId } : {}), message, severity: "error" });
  const warn = (message: string, nodeId?: string) => issues.push({ ...(nodeId ? { nodeId } : {}), message, severity: "warning" });

  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (ids.has(node.id)) error(`Two nodes share the id ${node.id}.`, node.id);
    ids.add(node.id);
  }
  const triggers = graph.nodes.filter((n) => n.type === "trigger");
  if (triggers.length === 0) error("Add a trigger: nothing starts this flow.");
  // Two triggers of this flow for the same message: only the first runs (other flows: the editor and the flows list).
  for (const c of findTriggerConflicts({ flows: [{ id: "", version: 0, graph }] }))
    warn(c.message === "The default reply" ? "More than one default reply: only the first is used." : `Another trigger of this flow also answers ${c.message} and wins: this one never runs.`, c.nodeId);

  for (const edge of graph.edges) {
    const source = graph.nodes.find((n) => n.id === edge.source);
    if (!source || !ids.has(edge.target)) {
      error(`A connection points to a node that does not exist.`, source?.id);
      continue;
    }
    const handle = edge.sourceHandle || "next";
    if (!listNodeExits(source).some((x) => x.handle === handle)) warn(`A connection leaves from an exit this node no longer has.`, source.id);
  }

  const reachable = reachableFrom(
    graph,
    triggers.map((t) => t.id),
  );
  for (const node of graph.nodes) {
    if (node.type !== "trigger" && !reachable.has(node.id)) error("Not connected: no trigger leads here.", node.id);
    for (const exit of listNodeExits(node)) {
      if (exit.required && !graph.edges.some((e) => e.source === node.id && (e.sourceHandle || "next") === exit.handle)) {
        error(node.type === "trigger" ? "The trigger is not connected to anything." : `"${exit.label}" is not connected.`, node.id);
      }
    }
    for (const message of checkContent(node, flowIds)) error(message, node.id);
  }
  for (const message of checkVariableTypes(graph)) warn(message);
  return issues;
}

function reachableFrom(graph: FlowGraph, starts: string[]): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  while (queue.length) {
    const id = queue.shift()!;
    for (const edge of graph.edges)
      if (edge.source === id && !seen.has(edge.target)) {
        seen.add(edge.target);
        queue.push(edge.target);
      }
  }
  return seen;
}

function checkContent(node: FlowNode, flowIds: string[] | undefined): string[] {
  const problems: string[] = [];
  const variableTarget = (name: string | undefined, what: string) => {
    const v = (name ?? "").trim();
    if (!v) problems.push(`${what}: choose a variable name.`);
    else if (!VARIABLE_NAME.test(v)) problems.push(`${what}: "${v}" is not a valid variable name (letters, digits, _).`);
    else if (isReservedVariable(v)) problems.push(`${what}: "${v}" is a built-in and cannot be set.`);
  };
  switch (node.type) {
    case "trigger": {
      const t = node.data.trigger;
      if (t.kind === "command" && !/^\/?[A-Za-z0-9_]{1,32}$/.test(t.command.trim())) problems.push("Command: letters, digits and _ only (like /help).");
      if (t.kind === "keyword" && !t.keywords.some((k) => k.trim())) problems.push("Keyword trigger: add at least one keyword.");
      break;
    }
    case "message":
      if (!node.data.text.trim() && !node.data.imageUrl?.trim()) problems.push("The message is empty.");
      for (const b of node.data.buttons.flat()) {
        if (!b.text.trim()) problems.push("A button has no text.");
        if (b.kind === "url" && !isUrlTemplate(b.url)) problems.push(`Button "${b.text}": the link must start with https:// or http://.`);
        if (b.kind === "next" && b.id.length > MAX_BUTTON_ID) problems.push(`Button "${b.text}": its id is too long.`);
      }
      break;
    case "question":
      if (!node.data.text.trim()) problems.push("The question has no text.");
      variableTarget(node.data.variable, "Question");
      if (node.data.answerType === "choice" && node.data.options.length === 0) problems.push("A choice question needs options.");
      if (node.data.options.some((o) => !o.label.trim())) problems.push("An option has no label.");
      if (node.data.options.some((o) => o.id.length > MAX_BUTTON_ID)) problems.push("An option's id is too long.");
      if (node.data.min !== undefined && node.data.max !== undefined && node.data.min > node.data.max) problems.push("The minimum is above the maximum.");
      break;
    case "condition":
      if (node.data.rules.length === 0) problems.push("The condition has no rules.");
      for (const rule of node.data.rules) {
        const subject = rule.kind === "variable" ? rule.name : rule.kind === "customer" ? rule.field : rule.tag;
        if (!subject.trim()) problems.push("A rule has nothing to check.");
        if (rule.kind !== "tag" && (rule.operator === "greaterThan" || rule.operator === "lessThan") && !Number.isFinite(Number(rule.value))) problems.push("Greater/less than needs a number.");
      }
      break;
    case "setVariable":
      variableTarget(node.data.variable, "Set variable");
      break;
    case "tag":
      if (!node.data.tags.some((t) => t.trim())) problems.push("Choose at least one tag.");
      break;
    case "http":
      if (!isUrlTemplate(node.data.url)) problems.push("HTTP request: the URL must start with https:// or http://.");
      for (const m of node.data.responseMappings) variableTarget(m.variable, "HTTP response");
      if (node.data.statusVariable?.trim()) variableTarget(node.data.statusVariable, "HTTP status");
      break;
    case "jump":
      if (!node.data.flowId.trim()) problems.push("Jump: choose a flow.");
      else if (flowIds && !flowIds.includes(node.data.flowId)) problems.push("Jump: that flow does not exist any more.");
      break;
    case "split":
      if (node.data.branches.length < 2) problems.push("A/B split: add at least two branches.");
      if (!node.data.branches.some((b) => b.weight > 0)) problems.push("A/B split: give at least one branch a weight.");
      if (node.data.variable?.trim()) variableTarget(node.data.variable, "A/B split");
      break;
  }
  return problems;
}

function isUrlTemplate(url: string): boolean {
  const u = url.trim();
  return /^https?:\/\/[^\s]+$/i.test(u) || /^\{\{\s*[A-Za-z_][\w.]*\s*\}\}$/.test(u);
}

/** The same variable asked as a number in one question and as an email in another is a mistake waiting to happen. */
function checkVariableTypes(graph: FlowGraph): string[] {
  const kinds = new Map<string, Set<string>>();
  for (const node of graph.nodes) {
    if (node.type !== "question" || !node.data.variable.trim()) continue;
    const name = node.data.variable.trim();
    kinds.set(name, (kinds.get(name) ?? new Set()).add(node.data.answerType));
  }
  return [...kinds].filter(([, k]) => k.size > 1).map(([name, k]) => `The variable "${name}" is asked as ${[...k].join(" and ")}: use one answer type or two names.`);
}
