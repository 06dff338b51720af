import { normalizeCommand, normalizeText, pickTrigger } from "./pick-trigger";
import type { FlowEvent, RunnableFlow } from "./types";

// Triggers that answer the same message (two flows on /start, the keyword "menu" twice): only one
// of them ever runs. The winner is what the runtime picks (pickTrigger over the flows in the
// bot's order), so the warning and the bot agree: at equal strength, the flow higher in the
// flows list wins, then the earlier step of that flow. For each trigger that loses on one of
// its messages: which message, and which flow and step answer it instead.

export type TriggerConflict = {
  /** The trigger that never runs for `message`. */
  flowId: string;
  nodeId: string;
  /** The message both answer, in words: "/start", "/help", "“menu”" or "The default reply". */
  message: string;
  winner: { flowId: string; nodeId: string };
};

type Probe = { key: string; message: string; event: FlowEvent | null };

/** The messages a trigger answers, one per keyword; the same key means the same messages. */
function probesOf(trigger: RunnableFlow["graph"]["nodes"][number]): Probe[] {
  if (trigger.type !== "trigger") return [];
  const t = trigger.data.trigger;
  switch (t.kind) {
    case "start": {
      const payload = t.payload.trim();
      const message = payload ? `/start ${payload}` : "/start";
      return [{ key: `start:${payload}`, message, event: { type: "start", payload: payload.replace(/\*$/, "") } }];
    }
    case "command": {
      const command = normalizeCommand(t.command);
      if (!command) return [];
      // A /start command answers what a plain /start trigger answers.
      if (command === "start") return [{ key: "start:", message: "/start", event: { type: "start", payload: "" } }];
      return [{ key: `command:${command}`, message: `/${command}`, event: { type: "command", command, args: "" } }];
    }
    case "keyword":
      return [...new Set(t.keywords.map(normalizeText).filter(Boolean))].map((k) => ({ key: `keyword:${k}`, message: `“${k}”`, event: { type: "text", text: k } }));
    case "default":
      return [{ key: "default", message: "The default reply", event: null }];
  }
}

export function findTriggerConflicts({ flows }: { flows: RunnableFlow[] }): TriggerConflict[] {
  const groups = new Map<string, { probe: Probe; members: { flowId: string; nodeId: string }[] }>();
  for (const flow of flows) {
    for (const node of flow.graph.nodes) {
      for (const probe of probesOf(node)) {
        const group = groups.get(probe.key) ?? { probe, members: [] };
        group.members.push({ flowId: flow.id, nodeId: node.id });
        groups.set(probe.key, group);
      }
    }
  }
  const conflicts: TriggerConflict[] = [];
  for (const { probe, members } of groups.values()) {
    if (members.length < 2) continue;
    // The default reply is the first one in order (pickTrigger's fallback); anything else is what
    // pickTrigger answers for the message itself.
    const match = probe.event ? pickTrigger({ flows, event: probe.event, includeDefault: false }) : null;
    const winner = match ? { flowId: match.flow.id, nodeId: match.triggerNodeId } : members[0];
    for (const m of members) {
      if (m.flowId === winner.flowId && m.nodeId === winner.nodeId) continue;
      conflicts.push({ ...m, message: probe.message, winner });
    }
  }
  return conflicts;
}

/**
 * The conflicts that concern one flow, in words, as warnings on its trigger steps: the ones it
 * loses to another flow and the ones it wins over another flow. `flows` in the bot's order.
 */
export function describeTriggerConflicts({ flowId, flows, names }: { flowId: string; flows: RunnableFlow[]; names: Record<string, string> }): { nodeId: string; message: string }[] {
  const order = (id: string) => flows.findIndex((f) => f.id === id);
  const name = (id: string) => `“${names[id] ?? "another flow"}”`;
  const why = (winner: string, loser: string) => (winner === loser ? "an earlier trigger of the same flow" : order(winner) < order(loser) ? "higher in the flows list" : "a stronger match");
  const out: { nodeId: string; message: string }[] = [];
  for (const c of findTriggerConflicts({ flows })) {
    if (c.flowId === flowId && c.winner.flowId !== flowId) {
      out.push({ nodeId: c.nodeId, message: `${c.message} is also a trigger of ${name(c.winner.flowId)}: the bot runs ${name(c.winner.flowId)} for it (${why(c.winner.flowId, c.flowId)}), never this trigger.` });
    } else if (c.winner.flowId === flowId && c.flowId !== flowId) {
      out.push({ nodeId: c.winner.nodeId, message: `${c.message} is also a trigger of ${name(c.flowId)}: the bot runs this flow for it (${why(flowId, c.flowId)}), never ${name(c.flowId)}.` });
    }
  }
  return out;
}
