import { describe, expect, it } from "vitest";
import { createChat, makeContext, makeFlow, message, ofType, startTrigger, T0, texts } from "../../../test/flow-chat-harness";
import { welcomeFlow } from "./fixtures/welcome-flow";
import { runFlow } from "./run-flow-step";
import { conversationStateSchema } from "./types";

const HOUR = 3_600_000;
const later = (ms: number) => new Date(T0.getTime() + ms);

describe("runFlow: the welcome flow end to end", () => {
  it("welcome -> name -> email (re-asked) -> menu -> events", () => {
    const chat = createChat([welcomeFlow]);
    expect(texts(chat.send("/start"))).toEqual(["Hi Ada! Welcome to <b>Frontdesk</b>.", "What should we call you?"]);
    expect(chat.state).toMatchObject({ flowId: "welcome", flowVersion: 1, currentNodeId: "ask-name", waiting: { kind: "answer" } });
    expect(texts(chat.send("Countess <Ada>"))).toEqual(["Nice to meet you, Countess &lt;Ada&gt;. What is your email?"]);
    expect(texts(chat.send("not an email"))).toEqual(["Hmm, that is not an email. Try again?"]);
    const menu = chat.send("ada@example.com");
    expect(ofType(menu, "sendMessage")[0].buttons?.map((row) => row.map((b) => b.text))).toEqual([["Events"], ["Book"], ["Talk to a human"]]);
    const events = chat.press("Events");
    expect(events).toEqual([
      { type: "answerCallback", callbackQueryId: "cb1" },
      { type: "setVariables", variables: { menu_choice: "events" } },
      { type: "showEvents", limit: 5, text: "Here is what is coming up:" },
    ]);
    expect(chat.state).toBeNull();
    expect(chat.subscriber.variables).toEqual({ name: "Countess <Ada>", email: "ada@example.com", menu_choice: "events" });
  });

  it("talk to a human: hands off, ignores messages while paused, goes on when handed back", () => {
    const chat = createChat([welcomeFlow]);
    chat.send("/start");
    chat.send("Ada");
    chat.send("ada@example.com");
    expect(ofType(chat.press("Talk to a human"), "handoff")).toEqual([{ type: "handoff", note: "Ada (ada@example.com) asked for a human." }]);
    expect(chat.state?.waiting).toMatchObject({ kind: "handoff", expiresAt: null });
    expect(chat.send("hello? /start")).toEqual([]);
    expect(chat.send("/start")).toEqual([]);
    expect(chat.at(later(72 * HOUR)).send("still there?")).toEqual([]);
    expect(texts(chat.send({ type: "handedBack" }))).toEqual(["The bot is back. Type <b>menu</b> any time."]);
    expect(chat.state).toBeNull();
  });

  it("a keyword starts the menu; other text gets the default reply", () => {
    const chat = createChat([welcomeFlow]);
    expect(texts(chat.send("Show me the MENU please"))).toEqual(["What would you like to do?"]);
    expect(texts(createChat([welcomeFlow]).send("hi"))).toEqual(["Sorry, I did not get that. Type <b>menu</b> to see what I can do."]);
  });

  it("a deep-link payload is kept in start_payload", () => {
    const chat = createChat([welcomeFlow]);
    expect(ofType(chat.send("/start ev_42"), "setVariables")[0]).toEqual({ type: "setVariables", variables: { start_payload: "ev_42" } });
    expect(chat.state?.variables.start_payload).toBe("ev_42");
  });

  it("/start in the middle of a question starts over; plain text is an answer", () => {
    const chat = createChat([welcomeFlow]);
    chat.send("/start");
    expect(texts(chat.send("/start"))).toEqual(["Hi Ada! Welcome to <b>Frontdesk</b>.", "What should we call you?"]);
    expect(chat.state?.currentNodeId).toBe("ask-name");
    chat.send("menu");
    expect(chat.state?.currentNodeId).toBe("ask-email");
  });
});

describe("runFlow: sessions, buttons and versions", () => {
  it("an expired session: the next message is new, an old button press is answered 'expired'", () => {
    const chat = createChat([welcomeFlow]);
    chat.send("/start");
    chat.send("Ada");
    const menuMessage = chat.send("ada@example.com");
    const expiredAt = later(24 * HOUR + 1);
    const stale = chat.at(expiredAt).press("Events", menuMessage, "cb9");
    expect(stale).toEqual([{ type: "answerCallback", callbackQueryId: "cb9", text: "This button has expired" }]);
    expect(chat.state).toBeNull();
    const chat2 = createChat([welcomeFlow]);
    chat2.send("/start");
    expect(texts(chat2.at(expiredAt).send("Ada"))).toEqual(["Sorry, I did not get that. Type <b>menu</b> to see what I can do."]);
  });

  it("a session shorter than 24 h when the flow says so; answering restarts the clock", () => {
    const flow = makeFlow("f", [startTrigger(), { id: "q", type: "question", data: { text: "Age?", variable: "age", answerType: "number" } }], [["start", "q"]], { sessionTimeoutHours: 1 });
    const chat = createChat([flow]);
    chat.send("/start");
    chat.at(later(HOUR - 1)).send("abc");
    expect(chat.state?.waiting?.expiresAt).toBe(later(2 * HOUR - 1).toISOString());
    expect(chat.at(later(2 * HOUR)).send("12")).toEqual([]);
    expect(chat.state).toBeNull();
  });

  it("a button that is not part of the current wait is answered and ignored", () => {
    const chat = createChat([welcomeFlow]);
    chat.send("/start");
    chat.send("Ada");
    const firstMenu = chat.send("ada@example.com");
    const forged = chat.send({ type: "callback", callbackQueryId: "x1", data: "nonsense" });
    expect(forged).toEqual([{ type: "answerCallback", callbackQueryId: "x1", text: "This button has expired" }]);
    expect(chat.state?.currentNodeId).toBe("menu");
    chat.press("Book", firstMenu);
    // The conversation is over: the menu's other buttons are stale now.
    expect(chat.press("Events", firstMenu, "x2")).toEqual([{ type: "answerCallback", callbackQueryId: "x2", text: "This button has expired" }]);
  });

  it("every callback gets exactly one answerCallback, whatever the state", () => {
    const chat = createChat([welcomeFlow]);
    const press = () => chat.send({ type: "callback", callbackQueryId: "q", data: "zz.1:opt-events" });
    const answers = () => ofType(chat.effects, "answerCallback").length;
    press();
    expect(answers()).toBe(1);
    chat.send("/start");
    press();
    expect(answers()).toBe(1);
    chat.send("Ada");
    chat.send("ada@example.com");
    chat.press("Talk to a human");
    press();
    expect(answers()).toBe(1);
  });

  it("publishing a new version does not change a running conversation", () => {
    const v1 = makeFlow(
      "f",
      [startTrigger(), { id: "q", type: "question", data: { text: "Name?", variable: "name", answerType: "text" } }, message("bye", "Bye v1")],
      [
        ["start", "q"],
        ["q", "bye"],
      ],
    );
    const v2 = makeFlow("f", [startTrigger(), message("hello", "Hello v2")], [["start", "hello"]], { version: 2 });
    const chat = createChat([v1]);
    chat.send("/start");
    chat.publish(v2);
    expect(texts(chat.send("Ada"))).toEqual(["Bye v1"]);
    expect(texts(chat.send("/start"))).toEqual(["Hello v2"]);
  });

  it("the caller passed a graph without the current node: the conversation ends quietly", () => {
    const v1 = makeFlow("f", [startTrigger(), { id: "q", type: "question", data: { text: "Name?", variable: "name", answerType: "text" } }], [["start", "q"]]);
    const v2 = makeFlow("f", [startTrigger(), message("hello", "Hello")], [["start", "hello"]], { version: 2 });
    const context = makeContext([v1]);
    const { state } = runFlow(v1.graph, null, { type: "start", payload: "" }, context);
    const result = runFlow(v2.graph, state, { type: "text", text: "Ada" }, context);
    expect(result.state).toBeNull();
    expect(result.effects).toEqual([expect.objectContaining({ type: "log", code: "missing-node", nodeId: "q" })]);
  });

  it("does not change the state it was given, and the state survives a JSON round trip", () => {
    const context = makeContext([welcomeFlow]);
    const { state } = runFlow(welcomeFlow.graph, null, { type: "start", payload: "ref" }, context);
    const copy = structuredClone(state);
    const next = runFlow(welcomeFlow.graph, state, { type: "text", text: "Ada" }, context).state;
    expect(state).toEqual(copy);
    expect(conversationStateSchema.parse(JSON.parse(JSON.stringify(next)))).toEqual(next);
    expect(conversationStateSchema.safeParse({ flowId: "x" }).success).toBe(false);
  });
});
