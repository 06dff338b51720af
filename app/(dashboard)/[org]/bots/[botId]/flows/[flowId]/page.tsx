import { notFound } from "next/navigation";
import { FlowEditor } from "@/components/bots/flow-editor/flow-editor";
import { listFlowRunErrors } from "@/lib/bots";
import { loadFlowEditor } from "@/lib/bots";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { publishFlowAction, renameFlowAction, revertDraftAction, saveDraftAction } from "../actions";

export const metadata = { title: "Flow editor" };

// /[org]/bots/[botId]/flows/[flowId]: the visual editor, full width, with its preview.
export default async function FlowEditorPage({ params }: { params: Promise<{ org: string; botId: string; flowId: string }> }) {
  const { org, botId, flowId } = await params;
  const ctx = await requireOrgPage(org);
  const loaded = await loadFlowEditor({ orgId: ctx.orgId, botId, flowId }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const { flow, otherFlows, publishedFlows, runOrder } = loaded;
  const runErrors = await listFlowRunErrors({ orgId: ctx.orgId, botId, flowId: flow.id });
  return (
    <FlowEditor
      org={ctx.slug}
      botId={botId}
      flowId={flow.id}
      name={flow.name}
      graph={flow.draftGraph}
      publishedVersion={flow.publishedVersion}
      otherFlows={otherFlows}
      publishedFlows={publishedFlows}
      runOrder={runOrder}
      canEdit={hasRole(ctx.role, "ADMIN")}
      backHref={`/${ctx.slug}/bots/${botId}/flows`}
      runErrors={runErrors}
      actions={{ save: saveDraftAction, publish: publishFlowAction, revert: revertDraftAction, rename: renameFlowAction }}
    />
  );
}
