import type { FlowEvent, RunnableFlow, Trigger } from "./types";

// Which flow (and which of its trigger nodes) a message starts, over the bot's runnable flows.
// Order of precedence:
//   /start <payload>: exact payload > longest "prefix*" payload > /start without payload
//   /command:         the command's trigger (case-insensitive; "/help@MyBot" is "/help")
//   text:             keywords: higher priority > exact match > word match > longer keyword
//   anything left:    the default reply (only when `includeDefault`)
// Ties go to the earlier flow in the list, then the earlier node.

export type TriggerMatch = { flow: RunnableFlow; triggerNodeId: string; trigger: Trigger };
type Scored = TriggerMatch & { score: number[] };

export function pickTrigger({ flows, event, includeDefault = true }: { flows: RunnableFlow[]; event: FlowEvent; includeDefault?: boolean }): TriggerMatch | null {
  if (event.type !== "start" && event.type !== "command" && event.type !== "text") return null;
  let best: Scored | null = null;
  let fallback: TriggerMatch | null = null;
  for (const flow of flows) {
    for (const node of flow.graph.nodes) {
      if (node.type !== "trigger") continue;
      const trigger = node.data.trigger;
      const match = { flow, triggerNodeId: node.id, trigger };
      if (trigger.kind === "default") {
        fallback ??= match;
        continue;
      }
      const score = scoreTrigger(trigger, event);
      if (score && (!best || isHigher(score, best.score))) best = { ...match, score };
    }
  }
  if (best) return { flow: best.flow, triggerNodeId: best.triggerNodeId, trigger: best.trigger };
  return includeDefault ? fallback : null;
}

/** A comparable score (higher wins, element by element), or null when the trigger does not match. */
function scoreTrigger(trigger: Exclude<Trigger, { kind: "default" }>, event: Extract<FlowEvent, { type: "start" | "command" | "text" }>): number[] | null {
  if (event.type === "start") {
    if (trigger.kind === "command" && normalizeCommand(trigger.command) === "start") return [1, 0];
    if (trigger.kind !== "start") return null;
    const wanted = trigger.payload.trim();
    if (wanted === "") return [1, 0];
    if (wanted.endsWith("*")) return event.payload.startsWith(wanted.slice(0, -1)) ? [2, wanted.length] : null;
    return event.payload === wanted ? [3, 0] : null;
  }
  if (event.type === "command") return trigger.kind === "command" && normalizeCommand(trigger.command) === normalizeCommand(event.command) ? [1] : null;
  if (trigger.kind !== "keyword") return null;
  const text = normalizeText(event.text);
  let best: number[] | null = null;
  for (const raw of trigger.keywords) {
    const keyword = normalizeText(raw);
    if (!keyword) continue;
    const exact = text === keyword;
    if (!exact && (trigger.match === "exact" || !containsWords(text, keyword))) continue;
    const score = [trigger.priority, exact ? 1 : 0, keyword.length];
    if (!best || isHigher(score, best)) best = score;
  }
  return best;
}

function isHigher(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}

export function normalizeCommand(command: string): string {
  return command.trim().replace(/^\//, "").replace(/@.*$/, "").toLowerCase();
}

// Case-insensitive, spaces collapsed, and punctuation at either end ignored: "Price?" is "price".
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
}

// The keyword stands as whole words: "price" is in "what's the price?" but not in "priceless".
function containsWords(text: string, keyword: string): boolean {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, "u").test(text);
}
