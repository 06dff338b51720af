import type { Prisma } from "@/lib/db/client";
import { type FlowGraph, flowGraphSchema, type RunnableFlow } from "../flow-engine/types";

// The bot's published flows in the flows list's order (position, then age, then id: the same
// order every time, so when two flows share a trigger the one higher in the list wins) and, when a conversation runs
// on an older version, that version's graph: editing or republishing never breaks it.
/** The flows list's order, which is also the order triggers are tried in. */
export const flowOrder = [{ position: "asc" as const }, { createdAt: "asc" as const }, { id: "asc" as const }];
const emptyGraph: FlowGraph = { nodes: [], edges: [], settings: { sessionTimeoutHours: 24 } };

function parseGraph(graph: unknown): FlowGraph {
  const parsed = flowGraphSchema.safeParse(graph);
  return parsed.success ? parsed.data : emptyGraph;
}

export async function loadRunnableFlows(tx: Prisma.TransactionClient, { botId, running }: { botId: string; running: { flowId: string; version: number } | null }) {
  const flows = await tx.flow.findMany({ where: { botId, publishedVersion: { not: null } }, orderBy: flowOrder, select: { id: true, publishedVersion: true } });
  const wanted = flows.map((f) => ({ flowId: f.id, version: f.publishedVersion! }));
  if (running && !wanted.some((w) => w.flowId === running.flowId && w.version === running.version)) wanted.push(running);
  const versions = wanted.length ? await tx.flowVersion.findMany({ where: { OR: wanted }, select: { flowId: true, version: true, graph: true } }) : [];
  const graphOf = (flowId: string, version: number) => versions.find((v) => v.flowId === flowId && v.version === version)?.graph;
  const published: RunnableFlow[] = flows.flatMap((f) => {
    const graph = graphOf(f.id, f.publishedVersion!);
    return graph ? [{ id: f.id, version: f.publishedVersion!, graph: parseGraph(graph) }] : [];
  });
  const runningGraph = running ? graphOf(running.flowId, running.version) : undefined;
  return { published, runningGraph: runningGraph ? parseGraph(runningGraph) : emptyGraph };
}

export type FlowLoader = typeof loadRunnableFlows;

/** loadRunnableFlows remembered per (bot, running version): one batch of a chat's updates reads the flows once. */
export function memoFlowLoader(): FlowLoader {
  const memo = new Map<string, ReturnType<FlowLoader>>();
  return (tx, args) => {
    const key = `${args.botId}|${args.running ? `${args.running.flowId}:${args.running.version}` : ""}`;
    let loaded = memo.get(key);
    if (!loaded) {
      loaded = loadRunnableFlows(tx, args);
      memo.set(key, loaded);
      loaded.catch(() => memo.delete(key));
    }
    return loaded;
  };
}
