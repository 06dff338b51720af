import { describe, expect, it } from "vitest";
import { describeTriggerConflicts, findTriggerConflicts } from "./find-trigger-conflicts";
import { makeFlow, message, startTrigger } from "../../../test/flow-chat-harness";
import { parseIncomingText } from "./parse-incoming-text";
import { pickTrigger } from "./pick-trigger";
import { validateFlow } from "./validate-flow";

const trigger = (id: string, t: Record<string, unknown>) => ({ id, type: "trigger", data: { trigger: t } });
const welcome = makeFlow(
  "welcome",
  [startTrigger(), message("hi", "Hi"), trigger("menu-kw", { kind: "keyword", keywords: ["Menu"] }), trigger("help", { kind: "command", command: "/help" })],
  [
    ["start", "hi"],
    ["menu-kw", "hi"],
    ["help", "hi"],
  ],
);
const promo = makeFlow(
  "promo",
  [startTrigger("promo-start"), message("deal", "Deal"), trigger("promo-menu", { kind: "keyword", keywords: ["menu!", "deals"], match: "exact" }), trigger("ref", { kind: "start", payload: "ref_*" })],
  [
    ["promo-start", "deal"],
    ["promo-menu", "deal"],
    ["ref", "deal"],
  ],
);
const names = { welcome: "Welcome", promo: "Promo" };

describe("findTriggerConflicts", () => {
  it("finds two published flows on /start and names the one the runtime runs", () => {
    const conflicts = findTriggerConflicts({ flows: [welcome, promo] });
    expect(conflicts).toEqual([
      { flowId: "promo", nodeId: "promo-start", message: "/start", winner: { flowId: "welcome", nodeId: "start" } },
      { flowId: "promo", nodeId: "promo-menu", message: "“menu”", winner: { flowId: "welcome", nodeId: "menu-kw" } },
    ]);
    // The winner is what the engine picks for the message: the flow higher in the list.
    expect(pickTrigger({ flows: [welcome, promo], event: parseIncomingText("/start") })?.flow.id).toBe("welcome");
    expect(findTriggerConflicts({ flows: [promo, welcome] }).map((c) => [c.flowId, c.nodeId])).toEqual([
      ["welcome", "start"],
      ["welcome", "menu-kw"],
    ]);
  });

  it("leaves distinct triggers alone and follows keyword priority over list order", () => {
    expect(findTriggerConflicts({ flows: [welcome, makeFlow("other", [trigger("s", { kind: "start", payload: "ref_*" }), trigger("k", { kind: "keyword", keywords: ["menus"] })], [])] })).toEqual([]);
    const urgent = makeFlow("urgent", [trigger("u", { kind: "keyword", keywords: ["menu"], priority: 5 })], []);
    expect(findTriggerConflicts({ flows: [welcome, urgent] })).toEqual([{ flowId: "welcome", nodeId: "menu-kw", message: "“menu”", winner: { flowId: "urgent", nodeId: "u" } }]);
    // A /start command answers what a plain /start trigger answers.
    const cmd = makeFlow("cmd", [trigger("c", { kind: "command", command: "start" })], []);
    expect(findTriggerConflicts({ flows: [welcome, cmd] }).map((c) => c.nodeId)).toEqual(["c"]);
  });

  it("puts it in words for each side, and inside one flow as a validation warning", () => {
    expect(describeTriggerConflicts({ flowId: "promo", flows: [welcome, promo], names })).toEqual([
      { nodeId: "promo-start", message: "/start is also a trigger of “Welcome”: the bot runs “Welcome” for it (higher in the flows list), never this trigger." },
      { nodeId: "promo-menu", message: "“menu” is also a trigger of “Welcome”: the bot runs “Welcome” for it (higher in the flows list), never this trigger." },
    ]);
    expect(describeTriggerConflicts({ flowId: "welcome", flows: [welcome, promo], names })[0]).toEqual({ nodeId: "start", message: "/start is also a trigger of “Promo”: the bot runs this flow for it (higher in the flows list), never “Promo”." });
    const twice = makeFlow(
      "twice",
      [startTrigger("a"), startTrigger("b"), message("m", "M"), trigger("d1", { kind: "default" }), trigger("d2", { kind: "default" })],
      [
        ["a", "m"],
        ["b", "m"],
        ["d1", "m"],
        ["d2", "m"],
      ],
    );
    expect(validateFlow({ graph: twice.graph })).toEqual([
      { nodeId: "b", severity: "warning", message: "Another trigger of this flow also answers /start and wins: this one never runs." },
      { nodeId: "d2", severity: "warning", message: "More than one default reply: only the first is used." },
    ]);
  });
});
