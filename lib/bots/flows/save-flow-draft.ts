import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { findOrgFlow } from "./find-flow";
import { flowGraphSchema } from "../flow-engine/types";

// Autosave of the editor: any graph the engine's schema accepts is stored as the draft (it may
// still have validation issues; publishing checks those). The published versions never change.

export async function saveFlowDraft({ orgId, botId, flowId, graph }: { orgId: string; botId: string; flowId: string; graph: unknown }) {
  const parsed = flowGraphSchema.safeParse(graph);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError("BAD_INPUT", `The flow could not be saved: ${first.path.join(".")}: ${first.message}`);
  }
  await findOrgFlow({ orgId, botId, flowId });
  const saved = await orgDb(orgId).flow.update({ where: { id: flowId }, data: { draftGraph: parsed.data }, select: { updatedAt: true } });
  return { savedAt: saved.updatedAt };
}
