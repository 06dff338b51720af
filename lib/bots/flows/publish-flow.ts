import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { findOrgFlow, readGraph } from "./find-flow";
import { validateFlow } from "../flow-engine/validate-flow";

// Publishing copies the draft into FlowVersion n+1 and points the flow at it. Conversations keep
// the version they started on (the worker loads state.flowVersion's graph), so nothing running
// breaks. A draft with validation errors is refused and nothing changes.

export async function publishFlow({ orgId, botId, flowId, userId }: { orgId: string; botId: string; flowId: string; userId: string }) {
  await findOrgFlow({ orgId, botId, flowId });
  return orgDb(orgId).$transaction(async (tx) => {
    // One publish at a time per flow: the next version number is read under this row lock.
    await tx.$queryRaw`SELECT id FROM "Flow" WHERE id = ${flowId} AND "orgId" = ${orgId} FOR UPDATE`;
    const flow = await tx.flow.findFirstOrThrow({ where: { id: flowId }, select: { draftGraph: true } });
    const flowIds = (await tx.flow.findMany({ where: { botId }, select: { id: true } })).map((f) => f.id);
    const errors = validateFlow({ graph: flow.draftGraph, flowIds }).filter((i) => i.severity === "error");
    if (errors.length) {
      const list = errors
        .slice(0, 3)
        .map((e) => e.message)
        .join(" ");
      throw new AppError("BAD_INPUT", `Fix ${errors.length} problem${errors.length === 1 ? "" : "s"} before publishing: ${list}${errors.length > 3 ? " …" : ""}`);
    }
    const last = await tx.flowVersion.aggregate({ where: { flowId }, _max: { version: true } });
    const version = (last._max.version ?? 0) + 1;
    const publishedAt = new Date();
    await tx.flowVersion.create({ data: { flowId, version, graph: readGraph(flow.draftGraph), publishedAt, publishedById: userId } });
    await tx.flow.update({ where: { id: flowId }, data: { publishedVersion: version, publishedAt } });
    return { version, publishedAt };
  });
}

/** Throws the draft away: the draft becomes the published version's graph again. */
export async function revertFlowDraft({ orgId, botId, flowId }: { orgId: string; botId: string; flowId: string }) {
  const flow = await findOrgFlow({ orgId, botId, flowId });
  if (!flow.publishedVersion) throw new AppError("CONFLICT", "This flow was never published: there is nothing to go back to.");
  const published = await db.flowVersion.findUniqueOrThrow({ where: { flowId_version: { flowId, version: flow.publishedVersion } }, select: { graph: true } });
  await orgDb(orgId).flow.update({ where: { id: flowId }, data: { draftGraph: published.graph ?? {} } });
  return { graph: readGraph(published.graph) };
}
