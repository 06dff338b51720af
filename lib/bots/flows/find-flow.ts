import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { flowGraphSchema, type FlowGraph } from "../flow-engine/types";

// Org-scoped lookups for the flow editor: a flow of another org is simply not found.

export async function findOrgFlow({ orgId, botId, flowId }: { orgId: string; botId: string; flowId: string }) {
  const flow = await orgDb(orgId).flow.findFirst({
    where: { id: flowId, botId },
    select: { id: true, name: true, draftGraph: true, publishedVersion: true, publishedAt: true, updatedAt: true },
  });
  if (!flow) throw new AppError("NOT_FOUND", "Flow not found.");
  return flow;
}

/** A stored graph as the engine's FlowGraph; a graph that no longer parses opens as an empty canvas. */
export function readGraph(json: unknown): FlowGraph {
  const parsed = flowGraphSchema.safeParse(json);
  return parsed.success ? parsed.data : { nodes: [], edges: [], settings: { sessionTimeoutHours: 24 } };
}
