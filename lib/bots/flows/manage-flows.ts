import { orgDb } from "@/lib/db/org-db";
import { findOrgFlow } from "./find-flow";
import { findOrgBot } from "../admin/find-org-bot";
import { flowGraphSchema, type FlowGraph } from "../flow-engine/types";

// Creating, duplicating and deleting a bot's flows. A new flow starts as "/start -> a greeting"
// so there is something to build on.

export const starterGraph = (): FlowGraph =>
  flowGraphSchema.parse({
    nodes: [
      { id: "start", type: "trigger", position: { x: 0, y: 0 }, data: { trigger: { kind: "start", payload: "" } } },
      { id: "welcome", type: "message", position: { x: 320, y: 0 }, data: { text: "Hi {{first_name|there}}! 👋" } },
    ],
    edges: [{ id: "e-start", source: "start", target: "welcome" }],
  });

async function nextPosition(orgId: string, botId: string) {
  const last = await orgDb(orgId).flow.aggregate({ where: { botId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

export async function createFlow({ orgId, botId, name }: { orgId: string; botId: string; name: string }) {
  await findOrgBot({ orgId, botId });
  return orgDb(orgId).flow.create({ data: { orgId, botId, name, draftGraph: starterGraph(), position: await nextPosition(orgId, botId) }, select: { id: true } });
}

/** A copy of the draft, unpublished. */
export async function duplicateFlow({ orgId, botId, flowId }: { orgId: string; botId: string; flowId: string }) {
  const flow = await findOrgFlow({ orgId, botId, flowId });
  const name = `Copy of ${flow.name}`.slice(0, 80);
  return orgDb(orgId).flow.create({ data: { orgId, botId, name, draftGraph: flow.draftGraph ?? starterGraph(), position: await nextPosition(orgId, botId) }, select: { id: true, name: true } });
}

/** Deletes the flow with its versions; conversations running on it end at their next message. */
export async function deleteFlow({ orgId, botId, flowId }: { orgId: string; botId: string; flowId: string }) {
  const flow = await findOrgFlow({ orgId, botId, flowId });
  await orgDb(orgId).flow.delete({ where: { id: flowId } });
  return { name: flow.name };
}

export async function renameFlow({ orgId, botId, flowId, name }: { orgId: string; botId: string; flowId: string; name: string }) {
  await findOrgFlow({ orgId, botId, flowId });
  await orgDb(orgId).flow.update({ where: { id: flowId }, data: { name } });
}
