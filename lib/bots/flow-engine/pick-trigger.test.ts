import { describe, expect, it } from "vitest";
import { makeFlow } from "../../../test/flow-chat-harness";
import { parseIncomingText } from "./parse-incoming-text";
import { pickTrigger } from "./pick-trigger";

const trigger = (id: string, trigger: Record<string, unknown>) => ({ id, type: "trigger", data: { trigger } });
const flows = [
  makeFlow(
    "main",
    [
      trigger("start-any", { kind: "start" }),
      trigger("start-events", { kind: "start", payload: "ev_*" }),
      trigger("start-ev-vip", { kind: "start", payload: "ev_vip" }),
      trigger("help", { kind: "command", command: "/Help" }),
      trigger("price", { kind: "keyword", keywords: ["price", "how much", "tickets"] }),
      trigger("fallback", { kind: "default" }),
    ],
    [],
  ),
  makeFlow(
    "sales",
    [
      trigger("price-exact", { kind: "keyword", keywords: ["price"], match: "exact" }),
      trigger("tickets-exact", { kind: "keyword", keywords: ["tickets please"], match: "exact" }),
      trigger("urgent", { kind: "keyword", keywords: ["refund"], priority: 5 }),
      trigger("other-default", { kind: "default" }),
    ],
    [],
  ),
];
const pick = (text: string, includeDefault = true) => pickTrigger({ flows, event: parseIncomingText(text), includeDefault })?.triggerNodeId ?? null;

describe("pickTrigger", () => {
  it("deep links: exact payload > prefix payload > plain /start", () => {
    expect(pick("/start ev_vip")).toBe("start-ev-vip");
    expect(pick("/start ev_123")).toBe("start-events");
    expect(pick("/start ref_42")).toBe("start-any");
    expect(pick("/start")).toBe("start-any");
  });

  it("commands: case-insensitive, with the bot's name, unknown ones get the default reply", () => {
    expect(pick("/HELP@FrontdeskBot now")).toBe("help");
    expect(pick("/unknown")).toBe("fallback");
    expect(pick("/unknown", false)).toBeNull();
  });

  it("keywords match whole words, case-insensitive, phrases too", () => {
    expect(pick("What's the PRICE of a ticket?")).toBe("price");
    expect(pick("how  much is it")).toBe("price");
    expect(pick("priceless")).toBe("fallback");
  });

  it("priority beats exact, exact beats word, then the earlier flow", () => {
    expect(pick("Tickets, please")).toBe("price");
    expect(pick("Tickets please")).toBe("tickets-exact");
    expect(pick("Price!")).toBe("price");
    expect(pick("price for a refund")).toBe("urgent");
    expect(pick("hello")).toBe("fallback");
  });

  it("no trigger for events that are not messages", () => {
    expect(pickTrigger({ flows, event: { type: "handedBack" } })).toBeNull();
    expect(pickTrigger({ flows, event: { type: "callback", callbackQueryId: "1", data: "x" } })).toBeNull();
  });
});

describe("parseIncomingText", () => {
  it("splits /start payloads, commands and text", () => {
    expect(parseIncomingText("/start ev_42")).toEqual({ type: "start", payload: "ev_42" });
    expect(parseIncomingText("/start@MyBot")).toEqual({ type: "start", payload: "" });
    expect(parseIncomingText("/Book haircut tomorrow")).toEqual({ type: "command", command: "book", args: "haircut tomorrow" });
    expect(parseIncomingText("hello /start")).toEqual({ type: "text", text: "hello /start" });
  });
});
