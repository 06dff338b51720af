import type { FlowGraph, Trigger } from "../flow-engine/types";

// Triggers in words, for node cards and the flow list: "/start", "/help", "keywords: price, cost".

export function describeTrigger(trigger: Trigger): string {
  const keywords = trigger.kind === "keyword" ? trigger.keywords.filter((k) => k.trim()) : [];
  switch (trigger.kind) {
    case "start":
      return trigger.payload ? `/start ${trigger.payload}` : "/start";
    case "command":
      return `/${trigger.command.replace(/^\//, "") || "…"}`;
    case "keyword":
      return keywords.length ? `keywords: ${keywords.join(", ")}` : "keywords: (none yet)";
    case "default":
      return "default reply";
  }
}

/** All triggers of a graph in one line ("/start · keywords: menu"), or "No trigger". */
export function summarizeTriggers(graph: FlowGraph): string {
  const all = graph.nodes.flatMap((n) => (n.type === "trigger" ? [describeTrigger(n.data.trigger)] : []));
  return all.length ? all.join(" · ") : "No trigger";
}
