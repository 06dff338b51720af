import { answerTimeoutMs, BUTTON_EXPIRED, type FlowRun, hasExit, log, setVariable, setVariables } from "./flow-run";
import { readJsonPath } from "./read-json-path";
import { sendQuestion } from "./run-node";
import type { FlowEvent, FlowNode, NodeOf } from "./types";
import { validateAnswer } from "./validate-answer";

// What an event does to a conversation that is waiting (live, not expired) on `node`:
//   exit  - the wait is over; continue through this exit
//   stay  - keep waiting (a re-ask, an ignored button press, a message during a hand-off)
//   route - not an answer to this wait: treat it as a new message (default reply too, or not)
// Callback events get their answerCallback here, exactly once, whatever the outcome.

export type ResumeOutcome = { kind: "exit"; handle: string } | { kind: "stay" } | { kind: "route"; includeDefault: boolean };

type Waiting = NonNullable<FlowRun["state"]["waiting"]>;

export function resumeConversation(run: FlowRun, node: FlowNode, waiting: Waiting, event: FlowEvent): ResumeOutcome {
  const stay: ResumeOutcome = { kind: "stay" };
  switch (event.type) {
    case "callback": {
      const pressed = pressedButton(node, waiting, event.data);
      // A button from another message (or a forged one) only gets its answer.
      run.effects.push({ type: "answerCallback", callbackQueryId: event.callbackQueryId, ...(pressed === null ? { text: BUTTON_EXPIRED } : {}) });
      if (pressed === null) return stay;
      if (node.type === "question") return acceptAnswer(run, node, pressed);
      return { kind: "exit", handle: pressed };
    }
    case "start":
    case "command":
    case "text": {
      // The bot is paused for this chat while a human has it: every message is theirs.
      if (waiting.kind === "handoff") return stay;
      if (event.type !== "text") return { kind: "route", includeDefault: false };
      if (waiting.kind === "answer" && node.type === "question") return answerQuestion(run, node, event.text);
      if (waiting.kind === "button" && node.type === "message") {
        const typed = event.text.trim().toLowerCase();
        const button = node.data.buttons.flat().find((b) => b.kind === "next" && b.text.trim().toLowerCase() === typed);
        return button ? { kind: "exit", handle: button.id } : { kind: "route", includeDefault: true };
      }
      // Waiting on a delay or an HTTP call: a keyword or command may start something else.
      return { kind: "route", includeDefault: false };
    }
    case "delayElapsed":
      return waiting.kind === "delay" && event.token === waiting.token ? { kind: "exit", handle: "next" } : stay;
    case "httpResult":
    case "httpTimeout":
      if (waiting.kind !== "http" || event.token !== waiting.token || node.type !== "http") return stay;
      return httpDone(run, node, event);
    case "handedBack":
      return waiting.kind === "handoff" ? { kind: "exit", handle: "next" } : stay;
  }
}

/** The button or option id a callback pressed, or null when it is not one of this wait's buttons. */
function pressedButton(node: FlowNode, waiting: Waiting, data: string): string | null {
  const prefix = `${waiting.token}:`;
  if (!data.startsWith(prefix)) return null;
  const id = data.slice(prefix.length);
  if (waiting.kind === "button" && node.type === "message") return node.data.buttons.flat().some((b) => b.kind === "next" && b.id === id) ? id : null;
  if (waiting.kind === "answer" && node.type === "question" && node.data.answerType === "choice") return node.data.options.some((o) => o.id === id) ? id : null;
  return null;
}

function acceptAnswer(run: FlowRun, node: NodeOf<"question">, optionId: string): ResumeOutcome {
  const option = node.data.options.find((o) => o.id === optionId)!;
  return answerQuestion(run, node, option.label, option.id);
}

function answerQuestion(run: FlowRun, node: NodeOf<"question">, text: string, optionId?: string): ResumeOutcome {
  const option = optionId ? node.data.options.find((o) => o.id === optionId) : undefined;
  const check = option ? { ok: true as const, value: option.value ?? option.label, optionId: option.id } : validateAnswer(node.data, text);
  if (check.ok) {
    run.state.reaskCount = 0;
    if (node.data.variable.trim()) setVariable(run, node.data.variable.trim(), check.value);
    // A choice leaves through its option's own exit when it has one, else through "next".
    const handle = check.optionId && hasExit(run.graph, node.id, check.optionId) ? check.optionId : "next";
    return { kind: "exit", handle };
  }
  run.state.reaskCount += 1;
  if (run.state.reaskCount > node.data.maxRetries) {
    run.state.reaskCount = 0;
    return { kind: "exit", handle: "invalid" };
  }
  sendQuestion(run, node, check.error);
  // The subscriber is here: the session clock starts again.
  run.state.waiting = { ...run.state.waiting!, expiresAt: new Date(run.ctx.now.getTime() + answerTimeoutMs(run.graph)).toISOString() };
  return { kind: "stay" };
}

function httpDone(run: FlowRun, node: NodeOf<"http">, event: Extract<FlowEvent, { type: "httpResult" | "httpTimeout" }>): ResumeOutcome {
  const ok = event.type === "httpResult" && event.ok;
  // A refused or failed request (no answer at all) and a timeout are logged for the flow's author.
  const error = event.type === "httpTimeout" ? `The request timed out after ${node.data.timeoutMs} ms.` : event.error;
  if (error) log(run, "http-failed", `HTTP request failed: ${error}`, node.id);
  const variables: Record<string, ReturnType<typeof readJsonPath>> = {};
  if (node.data.statusVariable?.trim()) variables[node.data.statusVariable.trim()] = event.type === "httpResult" ? event.status : null;
  if (ok) for (const m of node.data.responseMappings) if (m.variable.trim()) variables[m.variable.trim()] = readJsonPath(event.json, m.path);
  setVariables(run, variables);
  // Without a "failure" exit a failed call goes on like a successful one, its variables unset.
  return { kind: "exit", handle: !ok && hasExit(run.graph, node.id, "failure") ? "failure" : "next" };
}
