import { applySubscriberEffects } from "@/lib/bots/client";
import { parseIncomingText } from "@/lib/bots/client";
import { runFlow } from "@/lib/bots/client";
import type { ConversationState, Effect, FlowEvent, OutButton, RunnableFlow, SubscriberSnapshot, Variables } from "@/lib/bots/client";

// The preview chat: the worker's part played in the browser (see the engine's chat harness).
// The draft comes first, then the bot's other published flows (jump targets, and what their
// triggers would start); a sandbox subscriber collects variables and tags. Delays
// wait for "Skip wait"; HTTP requests are simulated (the user picks success or failure); a
// hand-off waits for "Hand back to the bot". Nothing leaves the browser.

export type PreviewAction = { label: string; event: FlowEvent };
export type PreviewEntry = { kind: "user"; text: string } | { kind: "bot"; html: string; imageUrl?: string; buttons?: OutButton[][] } | { kind: "note"; text: string; tone: "info" | "warn"; actions?: PreviewAction[] };

export type PreviewSession = { state: ConversationState | null; subscriber: SubscriberSnapshot; entries: PreviewEntry[]; presses: number };

export function startPreview(): PreviewSession {
  const subscriber: SubscriberSnapshot = { firstName: "Sam", lastName: "Preview", username: "sam_preview", tags: [], variables: {}, customer: { name: "Sam Preview", email: null, phone: null } };
  return { state: null, subscriber, entries: [], presses: 0 };
}

/** The variables the next step would see: the subscriber's, under this conversation's. */
export function previewVariables(session: PreviewSession): Variables {
  return { ...session.subscriber.variables, ...(session.state?.variables ?? {}) };
}

export function sendToPreview(session: PreviewSession, flows: RunnableFlow[], input: string | { label: string; event: FlowEvent }, options: { now?: Date; random?: () => number } = {}): PreviewSession {
  const event = typeof input === "string" ? parseIncomingText(input) : input.event;
  const said: PreviewEntry[] = typeof input === "string" ? [{ kind: "user", text: input }] : event.type === "callback" ? [{ kind: "user", text: input.label }] : [];
  // A conversation runs on the graph of the flow it is in (the draft, or a flow it jumped to).
  const running = flows.find((f) => f.id === session.state?.flowId) ?? flows[0];
  const result = runFlow(running.graph, session.state, event, { now: options.now ?? new Date(), random: options.random ?? Math.random, subscriber: session.subscriber, flows });
  const entries = result.effects.flatMap((effect) => describeEffect(effect, options.now ?? new Date()));
  const started = session.state !== null || entries.length > 0;
  const nothing: PreviewEntry[] = !started && event.type !== "callback" ? [{ kind: "note", tone: "warn", text: "No reply: no trigger matches this message." }] : [];
  const ended: PreviewEntry[] = started && result.state === null ? [{ kind: "note", tone: "info", text: "End of the flow: nothing more is connected." }] : [];
  return {
    state: result.state,
    subscriber: applySubscriberEffects(session.subscriber, result.effects),
    entries: [...session.entries, ...said, ...entries, ...nothing, ...ended],
    presses: session.presses + (event.type === "callback" ? 1 : 0),
  };
}

/** The callback event for a pressed inline button. */
export function pressEvent(session: PreviewSession, button: OutButton): PreviewAction | null {
  return "callbackData" in button ? { label: button.text, event: { type: "callback", callbackQueryId: `preview-${session.presses + 1}`, data: button.callbackData } } : null;
}

function describeEffect(effect: Effect, now: Date): PreviewEntry[] {
  const note = (text: string, actions?: PreviewAction[], tone: "info" | "warn" = "info"): PreviewEntry[] => [{ kind: "note", text, tone, ...(actions ? { actions } : {}) }];
  switch (effect.type) {
    case "sendMessage":
      return [{ kind: "bot", html: effect.text, ...(effect.imageUrl ? { imageUrl: effect.imageUrl } : {}), ...(effect.buttons?.length ? { buttons: effect.buttons } : {}) }];
    case "scheduleDelay": {
      const minutes = Math.max(1, Math.round((new Date(effect.until).getTime() - now.getTime()) / 60_000));
      return note(`Waiting ${minutes >= 1440 ? `${Math.round(minutes / 1440)} day(s)` : minutes >= 60 ? `${Math.round(minutes / 60)} hour(s)` : `${minutes} minute(s)`}.`, [
        { label: "Skip wait", event: { type: "delayElapsed", token: effect.token } },
      ]);
    }
    case "httpRequest":
      return note(`HTTP ${effect.method} ${effect.url} is simulated in the preview (nothing is sent).`, [
        { label: "Simulate success", event: { type: "httpResult", token: effect.token, ok: true, status: 200, json: {} } },
        { label: "Simulate failure", event: { type: "httpTimeout", token: effect.token } },
      ]);
    case "handoff":
      return note(`Handed off to a human${effect.note ? `: ${effect.note}` : ""}. The bot stays quiet until handed back.`, [{ label: "Hand back to the bot", event: { type: "handedBack" } }]);
    case "showEvents":
      return [...(effect.text ? [{ kind: "bot" as const, html: effect.text }] : []), ...note(`Here the bot lists up to ${effect.limit} upcoming events with buy links.`)];
    case "sendBookingLink":
      return [...(effect.text ? [{ kind: "bot" as const, html: effect.text }] : []), ...note(`Here the bot sends the booking link${effect.serviceSlug ? ` for "${effect.serviceSlug}"` : ""}.`)];
    case "log":
      return effect.level === "warn" ? note(effect.message, undefined, "warn") : [];
    case "answerCallback":
      return effect.text ? note(effect.text, undefined, "warn") : [];
    case "setVariables":
    case "setTags":
    case "removeTags":
      return [];
  }
}
