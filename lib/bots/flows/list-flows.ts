import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { summarizeTriggers } from "./describe-trigger";
import { findOrgFlow, readGraph } from "./find-flow";
import { findOrgBot } from "../admin/find-org-bot";
import type { RunnableFlow } from "../flow-engine/types";
import { flowOrder, loadRunnableFlows } from "../runtime/load-runnable-flows";
import { describeTriggerConflicts } from "../flow-engine/find-trigger-conflicts";

// The flows page: each flow's name, triggers, draft/published state and when it changed.
export const FLOWS_PAGE_SIZE = 20;

export async function listFlows({ orgId, botId, page = 1, pageSize = FLOWS_PAGE_SIZE }: { orgId: string; botId: string; page?: number; pageSize?: number }) {
  const bot = await findOrgBot({ orgId, botId });
  const total = await orgDb(orgId).flow.count({ where: { botId } });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await orgDb(orgId).flow.findMany({
    where: { botId },
    orderBy: flowOrder,
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: { id: true, name: true, draftGraph: true, publishedVersion: true, publishedAt: true, updatedAt: true },
  });
  const published = await db.flowVersion.findMany({
    where: { OR: rows.flatMap((r) => (r.publishedVersion ? [{ flowId: r.id, version: r.publishedVersion }] : [])) },
    select: { flowId: true, graph: true },
  });
  // Shared triggers among the published flows (all of them, not only this page): what runs now.
  const { published: runnable } = await loadRunnableFlows(orgDb(orgId), { botId: bot.id, running: null });
  const names = Object.fromEntries((await orgDb(orgId).flow.findMany({ where: { botId: bot.id, publishedVersion: { not: null } }, select: { id: true, name: true } })).map((f) => [f.id, f.name]));
  const items = rows.map(({ draftGraph, ...flow }) => {
    const live = published.find((p) => p.flowId === flow.id);
    // Both graphs went through the same schema and jsonb, so equal JSON means no changes.
    const changed = !live || JSON.stringify(live.graph) !== JSON.stringify(draftGraph);
    const conflicts = flow.publishedVersion ? describeTriggerConflicts({ flowId: flow.id, flows: runnable, names }).map((c) => c.message) : [];
    return { ...flow, triggers: summarizeTriggers(readGraph(draftGraph)), unpublishedChanges: Boolean(flow.publishedVersion) && changed, conflicts };
  });
  return { bot, items, total, page: current, pageCount };
}

/** What the editor page needs: the flow, its bot, the bot's other flows (jump targets). */
export async function loadFlowEditor({ orgId, botId, flowId }: { orgId: string; botId: string; flowId: string }) {
  const bot = await findOrgBot({ orgId, botId });
  const flow = await findOrgFlow({ orgId, botId, flowId });
  const all = await orgDb(orgId).flow.findMany({ where: { botId }, orderBy: flowOrder, select: { id: true, name: true, publishedVersion: true } });
  const others = all.filter((f) => f.id !== flowId);
  // The other flows as the bot runs them, so jumps and their triggers work in the preview.
  const versions = await db.flowVersion.findMany({ where: { OR: others.flatMap((f) => (f.publishedVersion ? [{ flowId: f.id, version: f.publishedVersion }] : [])) }, select: { flowId: true, version: true, graph: true } });
  const publishedFlows: RunnableFlow[] = others.flatMap((f) => versions.filter((v) => v.flowId === f.id).map((v) => ({ id: f.id, version: v.version, graph: readGraph(v.graph) })));
  // runOrder: every flow id in the order triggers are tried (this one included), for shared-trigger warnings.
  return { bot, flow: { ...flow, draftGraph: readGraph(flow.draftGraph) }, otherFlows: others.map(({ id, name }) => ({ id, name })), publishedFlows, runOrder: all.map((f) => f.id) };
}
