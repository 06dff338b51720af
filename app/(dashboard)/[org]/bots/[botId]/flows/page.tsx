import { notFound } from "next/navigation";
import { FlowsTable } from "@/components/bots/flows/flows-table";
import { NewFlowForm } from "@/components/bots/flows/new-flow-form";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { listFlows } from "@/lib/bots";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { createFlowAction, deleteFlowAction, duplicateFlowAction } from "./actions";

export const metadata = { title: "Flows" };

// /[org]/bots/[botId]/flows (under the bot layout's tabs): the bot's flows with their triggers and published state, paged.
export default async function FlowsPage({ params, searchParams }: { params: Promise<{ org: string; botId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { org, botId } = await params;
  const ctx = await requireOrgPage(org);
  const page = Number.parseInt((await searchParams).page ?? "1", 10) || 1;
  const list = await listFlows({ orgId: ctx.orgId, botId, page }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const base = `/${ctx.slug}/bots/${botId}/flows`;
  const canManage = hasRole(ctx.role, "ADMIN");
  return (
    <>
      <p className="mb-4 text-sm text-gray-600">
        Conversations {list.bot.name} runs. Each flow starts from its triggers; edit the draft, try it in the preview, then publish. When two published flows share a trigger, the one higher in this list runs.
      </p>
      {canManage && (
        <Card className="mb-6">
          <NewFlowForm org={ctx.slug} botId={botId} action={createFlowAction} />
        </Card>
      )}
      {list.total === 0 ? (
        <EmptyState title="No flows yet" description={canManage ? "Create a flow above: it starts with a /start trigger and a greeting you can build on." : "An owner or admin can create the bot's first flow."} />
      ) : (
        <>
          <FlowsTable base={base} org={ctx.slug} botId={botId} timeZone={ctx.timezone} rows={list.items} canManage={canManage} duplicate={duplicateFlowAction} remove={deleteFlowAction} />
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={base} query={{}} />
        </>
      )}
    </>
  );
}
