import { evaluateCondition } from "./evaluate-condition";
import { answerTimeoutMs, changeTags, currentToken, type FlowRun, httpTimeoutMs, scopeOf, setVariable, startWaiting, tagsOf } from "./flow-run";
import { interpolate, renderMessageText, renderUrl, renderValue } from "./interpolate-text";
import { readVariable } from "./read-variable";
import type { FlowNode, MessageButton, NodeOf, OutButton } from "./types";

// Runs one node: sends what it sends, changes what it changes, and says where to go next: an
// exit to follow, a wait (the call ends and the state is saved), or a jump to another flow.

export type NodeOutcome = { kind: "exit"; handle: string } | { kind: "wait" } | { kind: "jump"; flowId: string; nodeId?: string };

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;
const exit = (handle = "next"): NodeOutcome => ({ kind: "exit", handle });

export function runNode(run: FlowRun, node: FlowNode): NodeOutcome {
  const scope = scopeOf(run);
  switch (node.type) {
    case "trigger":
      return exit();
    case "message": {
      const hasNextButtons = node.data.buttons.some((row) => row.some((b) => b.kind === "next"));
      sendMessage(run, node.data.text, node.data.imageUrl, messageButtons(run, node));
      if (!hasNextButtons) return exit();
      startWaiting(run, "button", answerTimeoutMs(run.graph));
      return { kind: "wait" };
    }
    case "question":
      sendQuestion(run, node);
      startWaiting(run, "answer", answerTimeoutMs(run.graph));
      return { kind: "wait" };
    case "condition":
      return exit(evaluateCondition(node.data, { ...scope, tags: tagsOf(run) }) ? "true" : "false");
    case "setVariable": {
      const name = node.data.variable.trim();
      if (node.data.operation === "clear") setVariable(run, name, null);
      else if (node.data.operation === "set") setVariable(run, name, renderValue(node.data.value, scope));
      else {
        const current = Number(readVariable(name, scope.variables, scope.subscriber) ?? 0);
        const step = node.data.value.trim() === "" ? 1 : Number(renderValue(node.data.value, scope));
        setVariable(run, name, (Number.isFinite(current) ? current : 0) + (Number.isFinite(step) ? step : 0));
      }
      return exit();
    }
    case "tag":
      changeTags(run, node.data.action, node.data.tags);
      return exit();
    case "delay": {
      const until = new Date(run.ctx.now.getTime() + node.data.amount * UNIT_MS[node.data.unit]);
      run.effects.push({ type: "scheduleDelay", until: until.toISOString(), token: currentToken(run.state) });
      startWaiting(run, "delay", null);
      return { kind: "wait" };
    }
    case "http":
      run.effects.push(httpRequest(run, node));
      startWaiting(run, "http", httpTimeoutMs(node.data.timeoutMs));
      return { kind: "wait" };
    case "jump":
      return { kind: "jump", flowId: node.data.flowId, nodeId: node.data.nodeId };
    case "split":
      return exit(pickBranch(run, node));
    case "handoff":
      if (node.data.text.trim()) sendMessage(run, node.data.text);
      run.effects.push({ type: "handoff", note: interpolate(node.data.note, scope).trim() });
      startWaiting(run, "handoff", null);
      return { kind: "wait" };
    case "events":
      run.effects.push({ type: "showEvents", limit: node.data.limit, ...optionalText(run, node.data.text) });
      return exit();
    case "booking":
      run.effects.push({ type: "sendBookingLink", ...(node.data.serviceSlug ? { serviceSlug: node.data.serviceSlug } : {}), ...optionalText(run, node.data.text) });
      return exit();
  }
}

function sendMessage(run: FlowRun, template: string, imageUrl?: string, buttons: OutButton[][] = []) {
  const scope = scopeOf(run);
  const image = imageUrl?.trim() ? renderUrl(imageUrl, scope) : undefined;
  const text = renderMessageText(template, scope);
  // Telegram refuses an empty message; validation flags it before publishing anyway.
  if (!text && !image) return;
  run.effects.push({ type: "sendMessage", text, ...(image ? { imageUrl: image } : {}), ...(buttons.length ? { buttons } : {}) });
}

/** Asks (or asks again) the current question: choices become one button per row. */
export function sendQuestion(run: FlowRun, node: NodeOf<"question">, text = node.data.text) {
  const token = currentToken(run.state);
  const buttons = node.data.answerType === "choice" ? node.data.options.map((o) => [{ text: o.label, callbackData: `${token}:${o.id}` }]) : [];
  sendMessage(run, text, text === node.data.text ? node.data.imageUrl : undefined, buttons);
}

function messageButtons(run: FlowRun, node: NodeOf<"message">): OutButton[][] {
  const token = currentToken(run.state);
  const scope = scopeOf(run);
  const toButton = (b: MessageButton): OutButton[] => {
    const text = interpolate(b.text, scope).trim() || "…";
    if (b.kind === "next") return [{ text, callbackData: `${token}:${b.id}` }];
    // One bad link (a variable that was empty) would make Telegram refuse the whole message.
    const url = renderUrl(b.url, scope);
    return /^(https?|tg):\/\/\S+$/i.test(url) ? [{ text, url }] : [];
  };
  return node.data.buttons.map((row) => row.flatMap(toButton)).filter((row) => row.length > 0);
}

function optionalText(run: FlowRun, template: string): { text?: string } {
  return template.trim() ? { text: renderMessageText(template, scopeOf(run)) } : {};
}

/** Weighted by the branches' weights, from the injected random: the same random gives the same branch. */
function pickBranch(run: FlowRun, node: NodeOf<"split">): string {
  const branches = node.data.branches.filter((b) => b.weight > 0);
  const total = branches.reduce((sum, b) => sum + b.weight, 0);
  if (total <= 0) return node.data.branches[0]?.id ?? "next";
  let point = run.ctx.random() * total;
  const chosen = branches.find((b) => (point -= b.weight) < 0) ?? branches[branches.length - 1];
  if (node.data.variable?.trim()) setVariable(run, node.data.variable.trim(), chosen.label || chosen.id);
  return chosen.id;
}

function httpRequest(run: FlowRun, node: NodeOf<"http">) {
  const scope = scopeOf(run);
  const { method, url, headers, body, timeoutMs } = node.data;
  // No line breaks in header values: a variable must not be able to add a header.
  const headerEntries = headers.filter((h) => h.key.trim()).map((h) => [h.key.trim(), interpolate(h.value, scope).replace(/[\r\n]+/g, " ")]);
  const withBody = method !== "GET" && method !== "DELETE" && body.length > 0;
  return {
    type: "httpRequest" as const,
    method,
    url: renderUrl(url, scope),
    headers: Object.fromEntries(headerEntries),
    ...(withBody ? { jsonBody: Object.fromEntries(body.filter((p) => p.key.trim()).map((p) => [p.key.trim(), renderValue(p.value, scope)])) } : {}),
    timeoutMs,
    token: currentToken(run.state),
  };
}
