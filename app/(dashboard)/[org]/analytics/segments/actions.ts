"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { previewSegment } from "@/lib/analytics";
import { createSegment, deleteSegment, updateSegment } from "@/lib/analytics";
import { parseSegmentDefinitionForm, parseSegmentForm } from "@/lib/analytics";
import { orgAction } from "@/lib/safe-action";

// Server actions of Analytics > Segments: each is one orgAction (session, membership, zod) that
// parses the form with the org's currency and time zone and calls one domain function.
const formFields = z.record(z.string(), z.union([z.string().max(2000, "Too long"), z.array(z.string().max(200, "Too long")).max(200, "Too many values")]));
const idField = z.string({ error: "Segment is missing" }).min(1, "Segment is missing").max(64, "Segment not found");

export const createSegmentAction = orgAction({ schema: formFields }, async (raw, ctx) => {
  const input = parseSegmentForm(raw, { currency: ctx.currency, timeZone: ctx.timezone });
  const segment = await createSegment({ orgId: ctx.orgId, actorUserId: ctx.userId, input });
  revalidatePath(`/${ctx.slug}/analytics/segments`);
  redirect(`/${ctx.slug}/analytics/segments/${segment.id}`);
});

export const updateSegmentAction = orgAction({ schema: formFields.and(z.object({ id: idField })) }, async ({ id, ...raw }, ctx) => {
  const input = parseSegmentForm(raw, { currency: ctx.currency, timeZone: ctx.timezone });
  await updateSegment({ orgId: ctx.orgId, actorUserId: ctx.userId, segmentId: id, input });
  revalidatePath(`/${ctx.slug}/analytics/segments`);
  redirect(`/${ctx.slug}/analytics/segments/${id}`);
});

export const deleteSegmentAction = orgAction({ schema: z.object({ id: idField }) }, async ({ id }, ctx) => {
  await deleteSegment({ orgId: ctx.orgId, actorUserId: ctx.userId, segmentId: id });
  revalidatePath(`/${ctx.slug}/analytics/segments`);
  redirect(`/${ctx.slug}/analytics/segments?deleted=1`);
});

export type SegmentPreviewView = {
  count: number;
  members: { id: string; name: string; email: string | null; rfmSegment: string | null; churnRisk: string | null; clv12m: number | null; totalSpent: number | null; lastOrderAt: string | null }[];
};

/** The live count and first members for the form's current conditions; nothing is saved. */
export const previewSegmentAction = orgAction({ schema: formFields }, async (raw, ctx): Promise<SegmentPreviewView> => {
  const definition = parseSegmentDefinitionForm(raw, { currency: ctx.currency, timeZone: ctx.timezone });
  const { count, members } = await previewSegment({ orgId: ctx.orgId, definition });
  return { count, members: members.map((m) => ({ id: m.id, name: m.name, email: m.email, rfmSegment: m.rfmSegment, churnRisk: m.churnRisk, clv12m: m.clv12m, totalSpent: m.totalSpent, lastOrderAt: m.lastOrderAt?.toISOString() ?? null })) };
});
