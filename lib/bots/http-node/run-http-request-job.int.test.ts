import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/telegram/[botId]/route";
import { db } from "@/lib/db/client";
import { createBot, textUpdate, webhookRequest } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { type FakeTelegram, startFakeTelegram } from "@/test/fakes/fake-telegram";
import { listFlowRunErrors } from "../flows/list-flow-run-errors";
import { processTelegramUpdates } from "../runtime/process-telegram-update";
import { runHttpRequestJob } from "../runtime/run-bot-flow-jobs";

// Integration: a flow's HTTP node through the bots.http-request job, guarded against SSRF.
let fake: FakeTelegram;
let api: Server;
let apiUrl = "";
let bot: Awaited<ReturnType<typeof createBot>>;
let flowId = "";

beforeAll(async () => {
  fake = await startFakeTelegram();
  process.env.TELEGRAM_API_ROOT = fake.url;
  api = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ plan: "gold" })));
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/plan`;
  bot = await createBot({ orgId: (await createOrg()).orgId });
  const graph = {
    nodes: [
      { id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { trigger: { kind: "command", command: "plan" } } },
      { id: "call", type: "http", position: { x: 200, y: 0 }, data: { method: "GET", url: apiUrl, headers: [], body: [], timeoutMs: 3000, responseMappings: [{ path: "plan", variable: "plan" }] } },
      { id: "ok", type: "message", position: { x: 400, y: 0 }, data: { text: "Your plan: {{plan}}" } },
      { id: "fail", type: "message", position: { x: 400, y: 100 }, data: { text: "Could not check your plan." } },
    ],
    edges: [
      { id: "e1", source: "t", target: "call" },
      { id: "e2", source: "call", target: "ok" },
      { id: "e3", source: "call", sourceHandle: "failure", target: "fail" },
    ],
  };
  flowId = (await db.flow.create({ data: { orgId: bot.orgId, botId: bot.botId, name: "Plan", draftGraph: graph, publishedVersion: 1, publishedAt: new Date(), position: 5 }, select: { id: true } })).id;
  await db.flowVersion.create({ data: { flowId, version: 1, graph } });
});
afterAll(() => {
  fake.close();
  api.closeAllConnections();
  api.close();
  delete process.env.HTTP_NODE_ALLOW_PRIVATE;
});

/** /plan from a chat, then the HTTP job the flow queued, run as the worker would. */
async function askPlan(chatId: number) {
  await POST(webhookRequest(bot.botId, bot.webhookSecret, textUpdate(chatId, "/plan")), { params: Promise.resolve({ botId: bot.botId }) });
  await processTelegramUpdates({ botId: bot.botId, chatId });
  const state = (await db.botSubscriber.findUniqueOrThrow({ where: { botId_chatId: { botId: bot.botId, chatId: BigInt(chatId) } }, select: { conversationState: true } })).conversationState as { waiting: { token: string } };
  await runHttpRequestJob({ botId: bot.botId, chatId, request: { type: "httpRequest", method: "GET", url: apiUrl, headers: {}, timeoutMs: 3000, token: state.waiting.token } });
  return db.botMessage.findMany({ where: { botId: bot.botId, direction: "OUT", subscriber: { chatId: BigInt(chatId) } }, orderBy: { createdAt: "asc" }, select: { text: true } });
}

describe("the HTTP node's job", () => {
  it("refuses a loopback address: the failure exit runs and the editor lists the error on the step", async () => {
    delete process.env.HTTP_NODE_ALLOW_PRIVATE;
    expect((await askPlan(9101)).map((m) => m.text)).toEqual(["Could not check your plan."]);
    const errors = await listFlowRunErrors({ orgId: bot.orgId, botId: bot.botId, flowId });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ nodeId: "call", message: expect.stringMatching(/^HTTP request failed: 127\.0\.0\.1 resolves to a loopback address/) });
    expect(await listFlowRunErrors({ orgId: (await createOrg()).orgId, botId: bot.botId, flowId })).toEqual([]); // another org sees nothing
  });

  it("with HTTP_NODE_ALLOW_PRIVATE=1 (tests) calls the local fake and maps its answer", async () => {
    process.env.HTTP_NODE_ALLOW_PRIVATE = "1";
    expect((await askPlan(9102)).map((m) => m.text)).toEqual(["Your plan: gold"]);
  });
});
