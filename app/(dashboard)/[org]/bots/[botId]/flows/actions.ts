"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createFlow, deleteFlow, duplicateFlow, renameFlow } from "@/lib/bots";
import { publishFlow, revertFlowDraft } from "@/lib/bots";
import { saveFlowDraft } from "@/lib/bots";
import { orgAction } from "@/lib/safe-action";

// Server actions of a bot's flows (OWNER/ADMIN): list management, and the editor's autosave,
// publish and revert.
const id = z.string().trim().min(1).max(64);
const flowRef = z.object({ botId: id, flowId: id });
const flowName = z.string().trim().min(1, "Give the flow a name").max(80, "At most 80 characters");
const graphJson = z
  .string()
  .max(2_000_000, "The flow is too big to save")
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The flow could not be read" });
      return z.NEVER;
    }
  });

const listPath = (slug: string, botId: string) => `/${slug}/bots/${botId}/flows`;

export const createFlowAction = orgAction({ schema: z.object({ botId: id, name: flowName }), role: "ADMIN" }, async ({ botId, name }, ctx) => {
  const flow = await createFlow({ orgId: ctx.orgId, botId, name });
  revalidatePath(listPath(ctx.slug, botId));
  redirect(`${listPath(ctx.slug, botId)}/${flow.id}`);
});

export const duplicateFlowAction = orgAction({ schema: flowRef, role: "ADMIN" }, async ({ botId, flowId }, ctx) => {
  const copy = await duplicateFlow({ orgId: ctx.orgId, botId, flowId });
  revalidatePath(listPath(ctx.slug, botId));
  return { ok: true as const, message: `Created “${copy.name}” (unpublished).` };
});

export const deleteFlowAction = orgAction({ schema: flowRef, role: "ADMIN" }, async ({ botId, flowId }, ctx) => {
  const flow = await deleteFlow({ orgId: ctx.orgId, botId, flowId });
  revalidatePath(listPath(ctx.slug, botId));
  return { ok: true as const, message: `Deleted “${flow.name}”.` };
});

export const renameFlowAction = orgAction({ schema: flowRef.extend({ name: flowName }), role: "ADMIN" }, async ({ botId, flowId, name }, ctx) => {
  await renameFlow({ orgId: ctx.orgId, botId, flowId, name });
  revalidatePath(listPath(ctx.slug, botId));
  return { ok: true as const, message: "Renamed." };
});

export const saveDraftAction = orgAction({ schema: flowRef.extend({ graph: graphJson }), role: "ADMIN" }, async ({ botId, flowId, graph }, ctx) => {
  const { savedAt } = await saveFlowDraft({ orgId: ctx.orgId, botId, flowId, graph });
  return { ok: true as const, data: { savedAt: savedAt.toISOString() } };
});

export const publishFlowAction = orgAction({ schema: flowRef, role: "ADMIN" }, async ({ botId, flowId }, ctx) => {
  const { version } = await publishFlow({ orgId: ctx.orgId, botId, flowId, userId: ctx.userId });
  revalidatePath(listPath(ctx.slug, botId));
  return { ok: true as const, message: `Published version ${version}. New conversations use it; running ones finish on their version.`, data: { version } };
});

export const revertDraftAction = orgAction({ schema: flowRef, role: "ADMIN" }, async ({ botId, flowId }, ctx) => {
  const { graph } = await revertFlowDraft({ orgId: ctx.orgId, botId, flowId });
  revalidatePath(listPath(ctx.slug, botId));
  return { ok: true as const, message: "The draft is the published version again.", data: { graph } };
});
