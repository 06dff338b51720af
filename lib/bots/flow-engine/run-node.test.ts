import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/shared/create-random";
import { createChat, makeContext, makeFlow, message, ofType, startTrigger, subscriber, T0, texts } from "../../../test/flow-chat-harness";
import { MAX_STEPS_PER_EVENT } from "./flow-run";
import { runFlow } from "./run-flow-step";

const question = (id: string, data: Record<string, unknown>) => ({ id, type: "question", data: { text: `${id}?`, variable: id, ...data } });
const start = { type: "start", payload: "" } as const;

describe("message node", () => {
  it("sends text, image and buttons; URL buttons alone do not wait", () => {
    const flow = makeFlow(
      "f",
      [startTrigger(), message("m", "<b>Hi</b> {{first_name}}", { imageUrl: "https://cdn.test/a.png", buttons: [[{ kind: "url", id: "u", text: "Site", url: "https://x.test/?u={{username}}" }]] }), message("m2", "Next")],
      [
        ["start", "m"],
        ["m", "m2"],
      ],
    );
    const chat = createChat([flow]);
    expect(chat.send("/start")).toEqual([
      { type: "sendMessage", text: "<b>Hi</b> Ada", imageUrl: "https://cdn.test/a.png", buttons: [[{ text: "Site", url: "https://x.test/?u=ada" }]] },
      { type: "sendMessage", text: "Next" },
    ]);
  });

  it("drops a link button whose URL came out empty or invalid", () => {
    const flow = makeFlow(
      "f",
      [
        startTrigger(),
        message("m", "Links", {
          buttons: [
            [
              { kind: "url", id: "u1", text: "Ok", url: "https://x.test" },
              { kind: "url", id: "u2", text: "Bad", url: "{{missing}}" },
            ],
            [{ kind: "url", id: "u3", text: "Bad too", url: "{{missing}}" }],
          ],
        }),
      ],
      [["start", "m"]],
    );
    expect(ofType(createChat([flow]).send("/start"), "sendMessage")[0].buttons).toEqual([[{ text: "Ok", url: "https://x.test" }]]);
  });

  it("next-step buttons wait; a press or the typed label goes on; other text is a new message", () => {
    const buttons = [
      [
        { kind: "next", id: "yes", text: "Yes" },
        { kind: "next", id: "no", text: "No" },
      ],
    ];
    const flow = makeFlow(
      "f",
      [startTrigger(), message("ask", "Sure?", { buttons }), message("y", "Great"), message("n", "Pity"), { id: "d", type: "trigger", data: { trigger: { kind: "default" } } }, message("dd", "Default")],
      [
        ["start", "ask"],
        ["ask", "y", "yes"],
        ["ask", "n", "no"],
        ["d", "dd"],
      ],
    );
    const chat = createChat([flow]);
    const [sent] = ofType(chat.send("/start"), "sendMessage");
    expect(sent.buttons?.[0].map((b) => ("callbackData" in b ? b.callbackData : ""))).toEqual([`${chat.state!.sessionId}.2:yes`, `${chat.state!.sessionId}.2:no`]);
    expect(texts(chat.press("No"))).toEqual(["Pity"]);
    chat.send("/start");
    expect(texts(chat.send("yes"))).toEqual(["Great"]);
    chat.send("/start");
    expect(texts(chat.send("maybe"))).toEqual(["Default"]);
  });
});

describe("question node", () => {
  const flow = makeFlow(
    "f",
    [startTrigger(), question("age", { answerType: "number", min: 18, errorText: "A number, 18 or more." }), message("ok", "Age {{age}}"), message("bad", "Never mind")],
    [
      ["start", "age"],
      ["age", "ok"],
      ["age", "bad", "invalid"],
    ],
  );

  it("saves a valid answer into its variable", () => {
    const chat = createChat([flow]);
    chat.send("/start");
    expect(chat.send("21")).toEqual([
      { type: "setVariables", variables: { age: 21 } },
      { type: "sendMessage", text: "Age 21" },
    ]);
  });

  it("re-asks with the error text up to maxRetries times, then takes the invalid exit", () => {
    const chat = createChat([flow]);
    chat.send("/start");
    expect(texts(chat.send("ten"))).toEqual(["A number, 18 or more."]);
    expect(chat.state?.reaskCount).toBe(1);
    expect(texts(chat.send("12"))).toEqual(["A number, 18 or more."]);
    expect(texts(chat.send("twelve"))).toEqual(["Never mind"]);
    expect(chat.state).toBeNull();
  });

  it("without an invalid exit the conversation ends after the last retry", () => {
    const strict = makeFlow(
      "f",
      [startTrigger(), question("email", { answerType: "email", maxRetries: 0 }), message("ok", "ok")],
      [
        ["start", "email"],
        ["email", "ok"],
      ],
    );
    const chat = createChat([strict]);
    chat.send("/start");
    expect(chat.send("nope")).toEqual([]);
    expect(chat.state).toBeNull();
  });

  it("choice: options as buttons, each option may have its own exit, typed answers count", () => {
    const options = [
      { id: "r", label: "Red" },
      { id: "b", label: "Blue", value: "blue" },
    ];
    const choice = makeFlow(
      "f",
      [startTrigger(), question("color", { answerType: "choice", options }), message("red", "Red it is"), message("other", "{{color}} then")],
      [
        ["start", "color"],
        ["color", "red", "r"],
        ["color", "other"],
      ],
    );
    const chat = createChat([choice]);
    const [sent] = ofType(chat.send("/start"), "sendMessage");
    expect(sent.buttons?.map((row) => row[0].text)).toEqual(["Red", "Blue"]);
    expect(texts(chat.send("BLUE"))).toEqual(["blue then"]);
    chat.send("/start");
    expect(texts(chat.press("Red"))).toEqual(["Red it is"]);
    chat.send("/start");
    const reask = chat.send("green");
    expect(ofType(reask, "sendMessage")[0]).toMatchObject({ text: "Please pick one of the options.", buttons: [[{ text: "Red" }], [{ text: "Blue" }]] });
    expect(texts(chat.press("Blue", reask))).toEqual(["blue then"]);
  });
});

describe("condition, set variable and tag nodes", () => {
  const flow = makeFlow(
    "f",
    [
      startTrigger(),
      { id: "tag", type: "tag", data: { action: "add", tags: ["lead", " lead "] } },
      { id: "set", type: "setVariable", data: { variable: "greeting", value: "Hello {{first_name}}" } },
      {
        id: "if",
        type: "condition",
        data: {
          match: "all",
          rules: [
            { kind: "tag", tag: "lead", operator: "has" },
            { kind: "customer", field: "email", operator: "isSet" },
          ],
        },
      },
      message("yes", "{{greeting}}, known lead"),
      { id: "untag", type: "tag", data: { action: "remove", tags: ["lead"] } },
      message("no", "{{greeting}}, stranger"),
    ],
    [
      ["start", "tag"],
      ["tag", "set"],
      ["set", "if"],
      ["if", "yes", "true"],
      ["if", "untag", "false"],
      ["untag", "no"],
    ],
  );

  it("tags and variables set earlier in the same step are seen by a condition", () => {
    const chat = createChat([flow], { subscriber: subscriber({ customer: { email: "ada@example.com" } }) });
    expect(chat.send("/start")).toEqual([
      { type: "setTags", tags: ["lead"] },
      { type: "setVariables", variables: { greeting: "Hello Ada" } },
      { type: "sendMessage", text: "Hello Ada, known lead" },
    ]);
    expect(chat.subscriber.tags).toEqual(["lead"]);
  });

  it("the false exit, and removing a tag", () => {
    const chat = createChat([flow]);
    expect(chat.send("/start").slice(2)).toEqual([
      { type: "removeTags", tags: ["lead"] },
      { type: "sendMessage", text: "Hello Ada, stranger" },
    ]);
    expect(chat.subscriber.tags).toEqual([]);
  });

  it("increment and clear", () => {
    const counter = makeFlow(
      "f",
      [startTrigger(), { id: "inc", type: "setVariable", data: { variable: "n", operation: "increment", value: "{{step}}" } }, { id: "clr", type: "setVariable", data: { variable: "tmp", operation: "clear" } }],
      [
        ["start", "inc"],
        ["inc", "clr"],
      ],
    );
    const chat = createChat([counter], { subscriber: subscriber({ variables: { n: 2, step: 3, tmp: "x" } }) });
    chat.send("/start");
    expect(chat.subscriber.variables).toEqual({ n: 5, step: 3, tmp: null });
  });
});

describe("loops", () => {
  it("a loop that waits each round is fine; one that never waits is stopped after the step limit", () => {
    const nodes = [
      startTrigger(),
      { id: "inc", type: "setVariable", data: { variable: "n", operation: "increment" } },
      { id: "if", type: "condition", data: { rules: [{ kind: "variable", name: "n", operator: "lessThan", value: "3" }] } },
      message("done", "n={{n}}"),
    ];
    const bounded = makeFlow("f", nodes, [
      ["start", "inc"],
      ["inc", "if"],
      ["if", "inc", "true"],
      ["if", "done", "false"],
    ]);
    expect(texts(createChat([bounded]).send("/start"))).toEqual(["n=3"]);
    const endless = makeFlow("f", nodes, [
      ["start", "inc"],
      ["inc", "if"],
      ["if", "inc", "true"],
      ["if", "inc", "false"],
    ]);
    const chat = createChat([endless]);
    const effects = chat.send("/start");
    expect(effects.at(-1)).toMatchObject({ type: "log", code: "loop-stopped" });
    expect(ofType(effects, "setVariables")).toHaveLength(MAX_STEPS_PER_EVENT / 2);
    expect(chat.state).toBeNull();
  });

  it("the step counter keeps counting across events", () => {
    const flow = makeFlow(
      "f",
      [startTrigger(), question("a", { answerType: "text" }), question("b", { answerType: "text" })],
      [
        ["start", "a"],
        ["a", "b"],
      ],
    );
    const chat = createChat([flow]);
    chat.send("/start");
    expect(chat.state?.stepCount).toBe(2);
    chat.send("x");
    expect(chat.state?.stepCount).toBe(3);
  });
});

describe("delay node", () => {
  const flow = makeFlow(
    "f",
    [
      startTrigger(),
      { id: "wait", type: "delay", data: { amount: 2, unit: "days" } },
      message("later", "Two days later"),
      { id: "kw", type: "trigger", data: { trigger: { kind: "keyword", keywords: ["help"] } } },
      message("help", "Help!"),
      { id: "d", type: "trigger", data: { trigger: { kind: "default" } } },
      message("dd", "Default"),
    ],
    [
      ["start", "wait"],
      ["wait", "later"],
      ["kw", "help"],
      ["d", "dd"],
    ],
  );

  it("schedules a durable delay and goes on only with its own token", () => {
    const chat = createChat([flow]);
    const [scheduled] = ofType(chat.send("/start"), "scheduleDelay");
    expect(scheduled.until).toBe("2026-03-04T09:00:00.000Z");
    expect(chat.state?.waiting).toMatchObject({ kind: "delay", token: scheduled.token, expiresAt: null });
    expect(chat.send({ type: "delayElapsed", token: "old.1" })).toEqual([]);
    expect(chat.send("random chatter")).toEqual([]);
    expect(chat.state?.waiting?.kind).toBe("delay");
    expect(texts(chat.at(new Date("2026-03-09T00:00:00Z")).send({ type: "delayElapsed", token: scheduled.token }))).toEqual(["Two days later"]);
  });

  it("a keyword during a delay starts its flow; the old delay no longer matches", () => {
    const chat = createChat([flow]);
    const [scheduled] = ofType(chat.send("/start"), "scheduleDelay");
    expect(texts(chat.send("help"))).toEqual(["Help!"]);
    expect(chat.send({ type: "delayElapsed", token: scheduled.token })).toEqual([]);
  });
});

describe("http node", () => {
  const http = {
    id: "call",
    type: "http",
    data: {
      method: "POST",
      url: "https://api.test/users/{{username}}?q={{q}}",
      headers: [{ key: "X-Name", value: "{{first_name}}\r\nX-Evil: 1" }],
      body: [
        { key: "age", value: "{{age}}" },
        { key: "hi", value: "hi {{first_name}}" },
      ],
      timeoutMs: 3000,
      responseMappings: [
        { path: "data.items[0].name", variable: "item" },
        { path: "data.missing", variable: "gone" },
      ],
      statusVariable: "status",
    },
  };
  const flow = (withFailure: boolean) =>
    makeFlow("f", [startTrigger(), http, message("ok", "Got {{item}}"), message("fail", "Failed {{status|-}}")], [["start", "call"], ["call", "ok"], ...(withFailure ? [["call", "fail", "failure"] as [string, string, string]] : [])]);
  const context = { subscriber: subscriber({ variables: { age: 40, q: "a b" } }) };

  it("asks the worker for the request, then maps the response into variables", () => {
    const chat = createChat([flow(true)], context);
    const [request] = ofType(chat.send("/start"), "httpRequest");
    expect(request).toEqual({ type: "httpRequest", method: "POST", url: "https://api.test/users/ada?q=a%20b", headers: { "X-Name": "Ada X-Evil: 1" }, jsonBody: { age: 40, hi: "hi Ada" }, timeoutMs: 3000, token: chat.state!.waiting!.token });
    expect(chat.send({ type: "httpResult", token: "wrong", ok: true, status: 200, json: {} })).toEqual([]);
    const done = chat.send({ type: "httpResult", token: request.token, ok: true, status: 200, json: { data: { items: [{ name: "Widget" }] } } });
    expect(done).toEqual([
      { type: "setVariables", variables: { status: 200, item: "Widget", gone: null } },
      { type: "sendMessage", text: "Got Widget" },
    ]);
  });

  it("a failed call or a timeout takes the failure exit, or goes on without it", () => {
    const chat = createChat([flow(true)], context);
    const token = () => chat.state!.waiting!.token;
    chat.send("/start");
    expect(texts(chat.send({ type: "httpResult", token: token(), ok: false, status: 502, json: null }))).toEqual(["Failed 502"]);
    chat.send("/start");
    expect(texts(chat.send({ type: "httpTimeout", token: token() }))).toEqual(["Failed -"]);
    chat.send("/start");
    const refused = chat.send({ type: "httpResult", token: token(), ok: false, status: 0, json: null, error: "localhost resolves to a loopback address (127.0.0.1)" });
    expect(ofType(refused, "log")).toEqual([{ type: "log", level: "warn", code: "http-failed", message: "HTTP request failed: localhost resolves to a loopback address (127.0.0.1)", nodeId: "call" }]);
    expect(texts(refused)).toEqual(["Failed 0"]);
    const lenient = createChat([flow(false)], context);
    lenient.send("/start");
    expect(texts(lenient.send({ type: "httpTimeout", token: lenient.state!.waiting!.token }))).toEqual(["Got"]);
  });
});

describe("jump node", () => {
  const menu = makeFlow("menu", [startTrigger("menu-start"), message("m", "Menu v{{v|1}}")], [["menu-start", "m"]], { version: 3 });

  it("continues in the target flow's published version, or at a given node", () => {
    const main = makeFlow("main", [startTrigger(), { id: "j", type: "jump", data: { flowId: "menu" } }], [["start", "j"]]);
    const chat = createChat([main, menu]);
    expect(texts(chat.send("/start"))).toEqual(["Menu v1"]);
    const waiting = makeFlow("menu", [startTrigger("menu-start"), question("q", { answerType: "text" })], [["menu-start", "q"]], { version: 4 });
    const chat2 = createChat([main, waiting]);
    chat2.send("/start");
    expect(chat2.state).toMatchObject({ flowId: "menu", flowVersion: 4, currentNodeId: "q" });
    const toNode = makeFlow("main", [startTrigger(), { id: "j", type: "jump", data: { flowId: "menu", nodeId: "m" } }], [["start", "j"]]);
    expect(texts(createChat([toNode, menu]).send("/start"))).toEqual(["Menu v1"]);
  });

  it("stops a jump cycle, and ends on a missing flow", () => {
    const a = makeFlow("a", [startTrigger("a-start"), { id: "ja", type: "jump", data: { flowId: "b" } }], [["a-start", "ja"]]);
    const b = makeFlow(
      "b",
      [startTrigger("b-start"), message("hi", "in b"), { id: "jb", type: "jump", data: { flowId: "a" } }],
      [
        ["b-start", "hi"],
        ["hi", "jb"],
      ],
    );
    const effects = runFlow(a.graph, null, start, makeContext([a, b])).effects;
    // a -> b -> a is allowed once; b again for the same message is the cycle.
    expect(texts(effects)).toEqual(["in b"]);
    expect(effects.at(-1)).toMatchObject({ type: "log", code: "jump-cycle", nodeId: "ja" });
    const noEntry = makeFlow("b", [message("orphan", "x")], []);
    expect(runFlow(a.graph, null, start, makeContext([a, noEntry])).effects).toEqual([expect.objectContaining({ type: "log", code: "missing-node", nodeId: "ja" })]);
    const lost = runFlow(a.graph, null, start, makeContext([a]));
    expect(lost).toEqual({ effects: [expect.objectContaining({ type: "log", code: "missing-flow" })], state: null });
  });
});

describe("A/B split node", () => {
  const flow = makeFlow(
    "f",
    [
      startTrigger(),
      {
        id: "ab",
        type: "split",
        data: {
          variable: "variant",
          branches: [
            { id: "a", label: "A", weight: 70 },
            { id: "b", label: "B", weight: 30 },
          ],
        },
      },
      message("ma", "A"),
      message("mb", "B"),
    ],
    [
      ["start", "ab"],
      ["ab", "ma", "a"],
      ["ab", "mb", "b"],
    ],
  );

  it("is deterministic for a given random and follows the weights", () => {
    const random = createRandom(42).next;
    const counts = { A: 0, B: 0 };
    for (let i = 0; i < 1000; i++) counts[texts(runFlow(flow.graph, null, start, makeContext([flow], { random })).effects)[0] as "A" | "B"] += 1;
    expect(counts.A / 1000).toBeGreaterThan(0.65);
    expect(counts.A / 1000).toBeLessThan(0.75);
    const once = (seed: number) => runFlow(flow.graph, null, start, makeContext([flow], { random: createRandom(seed).next })).effects;
    expect(once(5)).toEqual(once(5));
    expect(ofType(once(5), "setVariables")[0].variables.variant).toMatch(/^[AB]$/);
  });
});

describe("hand-off, events and booking nodes", () => {
  it("events and booking ask the worker for real data and signed links", () => {
    const flow = makeFlow(
      "f",
      [startTrigger(), { id: "ev", type: "events", data: { limit: 3 } }, { id: "bk", type: "booking", data: { text: "Book, {{first_name}}:", serviceSlug: "haircut" } }],
      [
        ["start", "ev"],
        ["ev", "bk"],
      ],
    );
    expect(createChat([flow]).send("/start")).toEqual([
      { type: "showEvents", limit: 3 },
      { type: "sendBookingLink", serviceSlug: "haircut", text: "Book, Ada:" },
    ]);
  });

  it("a hand-off without an exit ends when handed back; a stray handedBack is ignored", () => {
    const flow = makeFlow("f", [startTrigger(), { id: "h", type: "handoff", data: {} }], [["start", "h"]]);
    const chat = createChat([flow]);
    expect(chat.send({ type: "handedBack" })).toEqual([]);
    expect(chat.send("/start")).toEqual([{ type: "handoff", note: "" }]);
    expect(chat.send({ type: "handedBack" })).toEqual([]);
    expect(chat.state).toBeNull();
  });
});

it("T0 is the harness clock", () => expect(makeContext([]).now).toBe(T0));
