import type { FlowNode } from "./types";

// The exits (xyflow source handles) each node has: what the editor draws and what validation
// checks edges against. "next" is the default exit; an edge without a sourceHandle means "next".
// `required`: the flow is broken if it is not connected (a button that leads nowhere).

export type NodeExit = { handle: string; label: string; required: boolean };

export function listNodeExits(node: FlowNode): NodeExit[] {
  const next = (required = false, label = "Next"): NodeExit => ({ handle: "next", label, required });
  switch (node.type) {
    case "trigger":
      return [next(true)];
    case "message": {
      const buttons = node.data.buttons.flat().filter((b) => b.kind === "next");
      return buttons.length ? buttons.map((b) => ({ handle: b.id, label: b.text || "Button", required: true })) : [next()];
    }
    case "question": {
      const options = node.data.answerType === "choice" ? node.data.options.map((o) => ({ handle: o.id, label: o.label || "Option", required: false })) : [];
      return [next(false, "Answered"), ...options, { handle: "invalid", label: "Invalid answer", required: false }];
    }
    case "condition":
      return [
        { handle: "true", label: "True", required: false },
        { handle: "false", label: "False", required: false },
      ];
    case "http":
      return [next(false, "Success"), { handle: "failure", label: "Failure", required: false }];
    case "split":
      return node.data.branches.map((b) => ({ handle: b.id, label: b.label || `${b.weight}`, required: true }));
    case "jump":
      return [];
    case "handoff":
      return [next(false, "Handed back")];
    default:
      return [next()];
  }
}
