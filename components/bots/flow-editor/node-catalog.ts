import { describeTrigger } from "@/lib/bots/client";
import type { FlowNode, FlowNodeType } from "@/lib/bots/client";

// What the palette offers: each node type of the engine with its label, a one-line hint and the
// data a new node starts with (valid for the schema; validation then says what is missing).

export type PaletteEntry = { type: FlowNodeType; label: string; hint: string; group: "Triggers" | "Messages" | "Logic" | "Actions" | "Commerce" };

export const nodeCatalog: PaletteEntry[] = [
  { type: "trigger", label: "Trigger", hint: "/start, a command, keywords or the default reply", group: "Triggers" },
  { type: "message", label: "Message", hint: "Text, image and buttons", group: "Messages" },
  { type: "question", label: "Question", hint: "Ask and save the answer in a variable", group: "Messages" },
  { type: "condition", label: "Condition", hint: "Branch on variables, tags, customer fields", group: "Logic" },
  { type: "split", label: "A/B split", hint: "Send people down weighted branches", group: "Logic" },
  { type: "jump", label: "Jump to flow", hint: "Continue in another flow", group: "Logic" },
  { type: "delay", label: "Delay", hint: "Wait minutes, hours or days", group: "Logic" },
  { type: "setVariable", label: "Set variable", hint: "Set, increment or clear a variable", group: "Actions" },
  { type: "tag", label: "Add / remove tag", hint: "Tag the subscriber", group: "Actions" },
  { type: "http", label: "HTTP request", hint: "Call an API, save the response", group: "Actions" },
  { type: "handoff", label: "Hand-off", hint: "Pause the bot, a human answers in the inbox", group: "Actions" },
  { type: "events", label: "Events", hint: "List upcoming events with buy links", group: "Commerce" },
  { type: "booking", label: "Booking link", hint: "Send the booking page link", group: "Commerce" },
];

export const nodeLabel = (type: FlowNodeType) => nodeCatalog.find((e) => e.type === type)?.label ?? type;

export const shortId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;

export function defaultNodeData(type: FlowNodeType): FlowNode["data"] {
  switch (type) {
    case "trigger":
      return { trigger: { kind: "start", payload: "" } };
    case "message":
      return { text: "", buttons: [] };
    case "question":
      return { text: "", variable: "", answerType: "text", options: [], maxLength: 1000, errorText: "", maxRetries: 2 };
    case "condition":
      return { match: "all", rules: [{ kind: "variable", name: "", operator: "equals", value: "" }] };
    case "setVariable":
      return { variable: "", operation: "set", value: "" };
    case "tag":
      return { action: "add", tags: [] };
    case "delay":
      return { amount: 1, unit: "hours" };
    case "http":
      return { method: "GET", url: "", headers: [], body: [], timeoutMs: 10_000, responseMappings: [] };
    case "jump":
      return { flowId: "" };
    case "split":
      return {
        branches: [
          { id: shortId("a"), label: "A", weight: 50 },
          { id: shortId("b"), label: "B", weight: 50 },
        ],
      };
    case "handoff":
      return { text: "A person from our team will answer here shortly.", note: "" };
    case "events":
      return { text: "Here is what is coming up:", limit: 5 };
    case "booking":
      return { text: "Pick a time that suits you:" };
  }
}

/** A short preview of what a node does, shown on its card. */
export function summarizeNode(node: FlowNode): string {
  const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);
  const plain = (s: string) => clip(s.replace(/<[^>]+>/g, "").trim());
  switch (node.type) {
    case "trigger":
      return describeTrigger(node.data.trigger);
    case "message":
    case "handoff":
    case "events":
    case "booking":
      return plain(node.data.text) || "(no text yet)";
    case "question":
      return `${plain(node.data.text) || "(no question yet)"} → ${node.data.variable ? `{{${node.data.variable}}}` : "?"}`;
    case "condition":
      return `${node.data.rules.length} rule${node.data.rules.length === 1 ? "" : "s"} (${node.data.match})`;
    case "setVariable":
      return `${node.data.operation} ${node.data.variable || "?"}${node.data.operation === "set" ? ` = ${clip(node.data.value)}` : ""}`;
    case "tag":
      return `${node.data.action} ${node.data.tags.join(", ") || "?"}`;
    case "delay":
      return `wait ${node.data.amount} ${node.data.amount === 1 ? node.data.unit.slice(0, -1) : node.data.unit}`;
    case "http":
      return `${node.data.method} ${clip(node.data.url) || "?"}`;
    case "jump":
      return node.data.flowId ? "to another flow" : "(choose a flow)";
    case "split":
      return node.data.branches.map((b) => `${b.label || "?"} ${b.weight}`).join(" / ");
  }
}
