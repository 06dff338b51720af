import { z } from "zod";

// The flow graph as the editor stores it (JSON, @xyflow/react-shaped: nodes {id, type, position,
// data}, edges {id, source, sourceHandle?, target}), the conversation state persisted per
// subscriber, and the engine's input events and output effects. Everything here is plain JSON so
// that it round-trips through Postgres `jsonb` unchanged.

const id = z.string().min(1).max(64);
const position = z.object({ x: z.number(), y: z.number() });

// ---- Triggers -----------------------------------------------------------------------------

export const triggerSchema = z.discriminatedUnion("kind", [
  // `/start` or `/start <payload>` (a t.me/bot?start=<payload> deep link). An empty payload matches
  // any /start; "ev_*" matches payloads starting with "ev_"; anything else must match exactly.
  z.object({ kind: z.literal("start"), payload: z.string().max(64).default("") }),
  // `/help`, `/help@MyBot some args`. Stored without the slash, compared case-insensitively.
  z.object({ kind: z.literal("command"), command: z.string().max(32) }),
  // Free text. "word": a keyword (or phrase) stands in the message as whole words; "exact": the
  // whole message is the keyword. Higher priority wins; then exact over word; then longer keywords.
  z.object({
    kind: z.literal("keyword"),
    keywords: z.array(z.string().max(100)).max(50),
    match: z.enum(["word", "exact"]).default("word"),
    priority: z.number().int().min(-100).max(100).default(0),
  }),
  // Any text nothing else took.
  z.object({ kind: z.literal("default") }),
]);
export type Trigger = z.infer<typeof triggerSchema>;

// ---- Node data per type --------------------------------------------------------------------

const templateText = z.string().max(4096);
// A "next step" button leaves through the edge whose sourceHandle is the button's id.
const messageButtonSchema = z.discriminatedUnion("kind", [z.object({ kind: z.literal("url"), id, text: z.string().max(64), url: z.string().max(2048) }), z.object({ kind: z.literal("next"), id, text: z.string().max(64) })]);
export type MessageButton = z.infer<typeof messageButtonSchema>;

const choiceOptionSchema = z.object({ id, label: z.string().max(64), value: z.string().max(256).optional() });
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

export const conditionRuleSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("variable"),
    name: z.string().max(64),
    operator: z.enum(["equals", "notEquals", "contains", "greaterThan", "lessThan", "isSet", "isNotSet"]),
    value: z.string().max(256).default(""),
  }),
  // Customer fields: "name", "email", "phone" or "attributes.<key>".
  z.object({
    kind: z.literal("customer"),
    field: z.string().max(64),
    operator: z.enum(["equals", "notEquals", "contains", "greaterThan", "lessThan", "isSet", "isNotSet"]),
    value: z.string().max(256).default(""),
  }),
  z.object({ kind: z.literal("tag"), tag: z.string().max(64), operator: z.enum(["has", "hasNot"]) }),
]);
export type ConditionRule = z.infer<typeof conditionRuleSchema>;

const node = <T extends string, D extends z.ZodType>(type: T, data: D) => z.object({ id, type: z.literal(type), position: position.default({ x: 0, y: 0 }), data });

export const flowNodeSchema = z.discriminatedUnion("type", [
  node("trigger", z.object({ trigger: triggerSchema })),
  node(
    "message",
    z.object({
      text: templateText.default(""),
      imageUrl: z.string().max(2048).optional(),
      buttons: z.array(z.array(messageButtonSchema).max(8)).max(10).default([]),
    }),
  ),
  node(
    "question",
    z.object({
      text: templateText.default(""),
      imageUrl: z.string().max(2048).optional(),
      variable: z.string().max(64).default(""),
      answerType: z.enum(["text", "email", "phone", "number", "choice"]),
      options: z.array(choiceOptionSchema).max(20).default([]),
      min: z.number().optional(),
      max: z.number().optional(),
      maxLength: z.number().int().min(1).max(4096).default(1000),
      errorText: z.string().max(1024).default(""),
      maxRetries: z.number().int().min(0).max(10).default(2),
    }),
  ),
  node("condition", z.object({ match: z.enum(["all", "any"]).default("all"), rules: z.array(conditionRuleSchema).max(20).default([]) })),
  node("setVariable", z.object({ variable: z.string().max(64).default(""), operation: z.enum(["set", "increment", "clear"]).default("set"), value: z.string().max(1024).default("") })),
  node("tag", z.object({ action: z.enum(["add", "remove"]), tags: z.array(z.string().max(64)).max(20).default([]) })),
  node("delay", z.object({ amount: z.number().int().min(1).max(1000), unit: z.enum(["minutes", "hours", "days"]) })),
  node(
    "http",
    z.object({
      method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).default("GET"),
      url: z.string().max(2048).default(""),
      headers: z
        .array(z.object({ key: z.string().max(128), value: z.string().max(1024) }))
        .max(20)
        .default([]),
      // The JSON body as key/value pairs; a value that is exactly "{{var}}" keeps the variable's type.
      body: z
        .array(z.object({ key: z.string().max(128), value: z.string().max(1024) }))
        .max(50)
        .default([]),
      timeoutMs: z.number().int().min(500).max(30_000).default(10_000),
      // "data.items.0.name" -> variable; the status code can be saved too.
      responseMappings: z
        .array(z.object({ path: z.string().max(256), variable: z.string().max(64) }))
        .max(20)
        .default([]),
      statusVariable: z.string().max(64).optional(),
    }),
  ),
  node("jump", z.object({ flowId: z.string().max(64).default(""), nodeId: z.string().max(64).optional() })),
  node("split", z.object({ branches: z.array(z.object({ id, label: z.string().max(64).default(""), weight: z.number().min(0).max(1000) })).max(10), variable: z.string().max(64).optional() })),
  node("handoff", z.object({ text: templateText.default(""), note: z.string().max(1024).default("") })),
  node("events", z.object({ text: templateText.default(""), limit: z.number().int().min(1).max(10).default(5) })),
  node("booking", z.object({ text: templateText.default(""), serviceSlug: z.string().max(128).optional() })),
]);
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowNodeType = FlowNode["type"];
export type NodeOf<T extends FlowNodeType> = Extract<FlowNode, { type: T }>;

export const flowEdgeSchema = z.object({
  id,
  source: id,
  sourceHandle: z.string().max(64).nullish(),
  target: id,
  targetHandle: z.string().max(64).nullish(),
});
export type FlowEdge = z.infer<typeof flowEdgeSchema>;

export const flowGraphSchema = z.object({
  nodes: z.array(flowNodeSchema).max(500),
  edges: z.array(flowEdgeSchema).max(2000),
  settings: z
    .object({
      // A conversation waiting for an answer or a button longer than this is over.
      sessionTimeoutHours: z
        .number()
        .min(0.1)
        .max(24 * 30)
        .default(24),
    })
    .default({ sessionTimeoutHours: 24 }),
});
export type FlowGraph = z.infer<typeof flowGraphSchema>;

/** A flow the engine may start or jump into: the graph of its published version (or the draft in the preview). */
export type RunnableFlow = { id: string; version: number; graph: FlowGraph };

// ---- Conversation state (persisted per subscriber, JSON) ------------------------------------

export const variableValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type VariableValue = z.infer<typeof variableValueSchema>;
export type Variables = Record<string, VariableValue>;

export const waitingKinds = ["answer", "button", "delay", "http", "handoff"] as const;
export type WaitingKind = (typeof waitingKinds)[number];

// Parse what comes back from the database with this: a state that does not parse is no state.
export const conversationStateSchema = z.object({
  /** Random per conversation: part of every callback data and delay/http token, so old ones never match. */
  sessionId: z.string(),
  flowId: z.string(),
  /** The version the conversation runs on: the caller passes that version's graph, not the latest. */
  flowVersion: z.number().int(),
  /** The node being run or waited on. */
  currentNodeId: z.string(),
  waiting: z.object({ kind: z.enum(waitingKinds), token: z.string(), since: z.string(), expiresAt: z.string().nullable() }).nullable(),
  /** Variables set during this conversation, over the subscriber's own. */
  variables: z.record(z.string(), variableValueSchema),
  /** Tag changes made during this conversation, over the subscriber's own tags. */
  tags: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
  reaskCount: z.number().int(),
  /** Nodes run since the conversation started. */
  stepCount: z.number().int(),
  startedAt: z.string(),
});
export type ConversationState = z.infer<typeof conversationStateSchema>;

// ---- Input ----------------------------------------------------------------------------------

// Delay and HTTP results come back through the job queue as JSON: parse them with this.
export const flowEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start"), payload: z.string() }),
  z.object({ type: z.literal("command"), command: z.string(), args: z.string() }),
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({ type: z.literal("callback"), callbackQueryId: z.string(), data: z.string() }),
  z.object({ type: z.literal("delayElapsed"), token: z.string() }),
  z.object({ type: z.literal("httpResult"), token: z.string(), ok: z.boolean(), status: z.number().int(), json: z.unknown(), error: z.string().max(500).optional() }),
  z.object({ type: z.literal("httpTimeout"), token: z.string() }),
  z.object({ type: z.literal("handedBack") }),
]);
export type FlowEvent = z.infer<typeof flowEventSchema>;

export type SubscriberSnapshot = {
  firstName: string;
  lastName?: string | null;
  username?: string | null;
  tags: string[];
  variables: Variables;
  customer?: { name?: string | null; email?: string | null; phone?: string | null; attributes?: Record<string, unknown> } | null;
};

export type FlowContext = {
  now: Date;
  subscriber: SubscriberSnapshot;
  /** Uniform on [0, 1): A/B splits and session ids. */
  random: () => number;
  /** The bot's runnable flows: what a new message may start and where a jump may go. */
  flows: RunnableFlow[];
};

// ---- Output ---------------------------------------------------------------------------------

export type OutButton = { text: string; url: string } | { text: string; callbackData: string };

export type Effect =
  | { type: "sendMessage"; text: string; imageUrl?: string; buttons?: OutButton[][] }
  | { type: "answerCallback"; callbackQueryId: string; text?: string }
  | { type: "setVariables"; variables: Variables }
  | { type: "setTags"; tags: string[] }
  | { type: "removeTags"; tags: string[] }
  | { type: "scheduleDelay"; until: string; token: string }
  | { type: "httpRequest"; method: string; url: string; headers: Record<string, string>; jsonBody?: Record<string, unknown>; timeoutMs: number; token: string }
  | { type: "handoff"; note: string }
  | { type: "showEvents"; limit: number; text?: string }
  | { type: "sendBookingLink"; serviceSlug?: string; text?: string }
  | { type: "log"; level: "info" | "warn"; code: LogCode; message: string; nodeId?: string };

export type LogCode = "loop-stopped" | "jump-cycle" | "missing-node" | "missing-flow" | "http-failed";

export type FlowResult = { effects: Effect[]; state: ConversationState | null };
