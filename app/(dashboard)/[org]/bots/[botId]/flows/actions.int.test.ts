import { beforeAll, describe, expect, it } from "vitest";
import { makeContext, texts } from "@/test/flow-chat-harness";
import { runFlow } from "@/lib/bots/flow-engine/run-flow-step";
import { flowGraphSchema, type FlowGraph } from "@/lib/bots/flow-engine/types";
import { listFlows, loadFlowEditor } from "@/lib/bots/flows/list-flows";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs, uid } from "@/test/factories";
import { createFlowAction, deleteFlowAction, duplicateFlowAction, publishFlowAction, renameFlowAction, revertDraftAction, saveDraftAction } from "./actions";

// Integration: the flow actions on a real database, called as the editor calls them.
type Org = Awaited<ReturnType<typeof createOrg>>;

const createBot = (orgId: string) => db.bot.create({ data: { orgId, telegramBotId: BigInt(Math.floor(Math.random() * 1e12)), username: `bot_${uid()}`, name: "Test bot", webhookSecret: uid(), status: "DEMO" }, select: { id: true } });

const twoStep = (reply: string): FlowGraph =>
  flowGraphSchema.parse({
    nodes: [
      { id: "start", type: "trigger", data: { trigger: { kind: "start", payload: "" } } },
      { id: "ask", type: "question", data: { text: "Your name?", variable: "name", answerType: "text" } },
      { id: "thanks", type: "message", data: { text: reply } },
    ],
    edges: [
      { id: "e1", source: "start", target: "ask" },
      { id: "e2", source: "ask", target: "thanks" },
    ],
  });

async function newFlow(org: Org, botId: string, name = "Welcome") {
  const res = await createFlowAction(null, form({ org: org.slug, botId, name })).catch((e: { digest?: string }) => e);
  const url = (res as { digest?: string }).digest!.split(";")[2];
  return url.split("/").pop()!;
}
const flowRow = (id: string) => db.flow.findUnique({ where: { id }, select: { draftGraph: true, publishedVersion: true, name: true } });
const save = (org: Org, botId: string, flowId: string, graph: unknown) => saveDraftAction(null, form({ org: org.slug, botId, flowId, graph: typeof graph === "string" ? graph : JSON.stringify(graph) }));

let a: Org;
let b: Org;
let botA: string;
let botB: string;
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  [botA, botB] = [(await createBot(a.orgId)).id, (await createBot(b.orgId)).id];
});

describe("flow drafts", () => {
  it("creates a flow with a starter graph, saves a valid draft and refuses an invalid one without changing it", async () => {
    signInAs(a.userId);
    const flowId = await newFlow(a, botA);
    expect((await flowRow(flowId))?.draftGraph).toMatchObject({ nodes: [{ type: "trigger" }, { type: "message" }] });
    expect(await save(a, botA, flowId, twoStep("Thanks {{name}}"))).toMatchObject({ ok: true });
    const saved = await flowRow(flowId);
    expect(saved?.draftGraph).toEqual(JSON.parse(JSON.stringify(twoStep("Thanks {{name}}"))));
    const bad = { nodes: [{ id: "x", type: "question", data: { answerType: "colour" } }], edges: [] };
    expect(await save(a, botA, flowId, bad)).toMatchObject({ ok: false, message: expect.stringContaining("could not be saved") });
    expect(await save(a, botA, flowId, "{not json")).toMatchObject({ ok: false, fieldErrors: { graph: "The flow could not be read" } });
    expect((await flowRow(flowId))?.draftGraph).toEqual(saved?.draftGraph);
  });
});

describe("publishing", () => {
  it("refuses a draft with errors and changes nothing", async () => {
    signInAs(a.userId);
    const flowId = await newFlow(a, botA, "Broken");
    const broken = twoStep("Bye");
    broken.edges = [];
    await save(a, botA, flowId, broken);
    const res = await publishFlowAction(null, form({ org: a.slug, botId: botA, flowId }));
    expect(res).toMatchObject({ ok: false, message: expect.stringMatching(/^Fix \d+ problems? before publishing/) });
    expect((await flowRow(flowId))?.publishedVersion).toBeNull();
    expect(await db.flowVersion.count({ where: { flowId } })).toBe(0);
  });

  it("creates version n+1; a conversation started on an older version keeps running on its graph", async () => {
    signInAs(a.userId);
    const flowId = await newFlow(a, botA, "Versions");
    await save(a, botA, flowId, twoStep("Thanks {{name}} (v1)"));
    expect(await publishFlowAction(null, form({ org: a.slug, botId: botA, flowId }))).toMatchObject({ ok: true, data: { version: 1 } });
    const v1 = flowGraphSchema.parse((await db.flowVersion.findUniqueOrThrow({ where: { flowId_version: { flowId, version: 1 } } })).graph);
    const started = runFlow(v1, null, { type: "start", payload: "" }, makeContext([{ id: flowId, version: 1, graph: v1 }]));
    expect(started.state).toMatchObject({ flowId, flowVersion: 1, currentNodeId: "ask" });

    await save(a, botA, flowId, twoStep("Welcome aboard {{name}} (v2)"));
    expect(await publishFlowAction(null, form({ org: a.slug, botId: botA, flowId }))).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await flowRow(flowId))?.publishedVersion).toBe(2);
    const kept = await db.flowVersion.findUniqueOrThrow({ where: { flowId_version: { flowId, version: started.state!.flowVersion } } });
    const v2 = flowGraphSchema.parse((await db.flowVersion.findUniqueOrThrow({ where: { flowId_version: { flowId, version: 2 } } })).graph);
    const answered = runFlow(flowGraphSchema.parse(kept.graph), started.state, { type: "text", text: "Ada" }, makeContext([{ id: flowId, version: 2, graph: v2 }]));
    expect(texts(answered.effects)).toEqual(["Thanks Ada (v1)"]);
    // Another flow's editor previews with this flow at its published version.
    const sibling = await newFlow(a, botA, "Sibling");
    const loaded = await loadFlowEditor({ orgId: a.orgId, botId: botA, flowId: sibling });
    expect(loaded.publishedFlows.find((f) => f.id === flowId)).toMatchObject({ version: 2, graph: v2 });
    expect(loaded.otherFlows.map((f) => f.id)).toContain(flowId);
  });

  it("reverts the draft to the published version and lists unpublished changes", async () => {
    signInAs(a.userId);
    const flowId = await newFlow(a, botA, "Revert me");
    expect(await revertDraftAction(null, form({ org: a.slug, botId: botA, flowId }))).toMatchObject({ ok: false, message: expect.stringContaining("never published") });
    await save(a, botA, flowId, twoStep("Published"));
    await publishFlowAction(null, form({ org: a.slug, botId: botA, flowId }));
    await save(a, botA, flowId, twoStep("Draft only"));
    let listed = (await listFlows({ orgId: a.orgId, botId: botA })).items.find((f) => f.id === flowId);
    expect(listed).toMatchObject({ publishedVersion: 1, unpublishedChanges: true, triggers: "/start" });
    expect(await revertDraftAction(null, form({ org: a.slug, botId: botA, flowId }))).toMatchObject({ ok: true });
    expect(JSON.stringify((await flowRow(flowId))?.draftGraph)).toContain("Published");
    listed = (await listFlows({ orgId: a.orgId, botId: botA })).items.find((f) => f.id === flowId);
    expect(listed?.unpublishedChanges).toBe(false);
  });
});

describe("list management and tenancy", () => {
  it("renames, duplicates and deletes", async () => {
    signInAs(a.userId);
    const flowId = await newFlow(a, botA, "First name");
    expect(await renameFlowAction(null, form({ org: a.slug, botId: botA, flowId, name: "  " }))).toMatchObject({ ok: false, fieldErrors: { name: "Give the flow a name" } });
    expect(await renameFlowAction(null, form({ org: a.slug, botId: botA, flowId, name: "Original" }))).toMatchObject({ ok: true });
    expect(await duplicateFlowAction(null, form({ org: a.slug, botId: botA, flowId }))).toMatchObject({ ok: true, message: expect.stringContaining("Copy of Original") });
    expect(await deleteFlowAction(null, form({ org: a.slug, botId: botA, flowId }))).toMatchObject({ ok: true });
    expect(await flowRow(flowId)).toBeNull();
  });

  it("a flow or bot of another org is not found, and staff cannot edit", async () => {
    signInAs(b.userId);
    const flowB = await newFlow(b, botB, "B's flow");
    signInAs(a.userId);
    const before = await flowRow(flowB);
    for (const action of [saveDraftAction, publishFlowAction, revertDraftAction, duplicateFlowAction, deleteFlowAction]) {
      const res = await action(null, form({ org: a.slug, botId: botB, flowId: flowB, graph: JSON.stringify(twoStep("x")) }));
      expect(res).toMatchObject({ ok: false, message: expect.stringMatching(/not found/i) });
    }
    expect(await createFlowAction(null, form({ org: a.slug, botId: botB, name: "Sneaky" }))).toMatchObject({ ok: false, message: "Bot not found." });
    await expect(listFlows({ orgId: a.orgId, botId: botB })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await flowRow(flowB)).toEqual(before);
    const staff = await addMember(b.orgId, "STAFF");
    signInAs(staff.id);
    expect(await save(b, botB, flowB, twoStep("x"))).toMatchObject({ ok: false, message: expect.stringContaining("role") });
  });
});
