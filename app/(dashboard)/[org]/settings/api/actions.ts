"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { apiKeyFormSchema, apiKeyIdSchema, createApiKey, revokeApiKey } from "@/lib/api";
import { orgAction } from "@/lib/safe-action";

// Settings -> API: owners and admins create and revoke keys. The secret comes back once, in this
// action's answer, and is never stored or shown again.
export const createApiKeyAction = orgAction({ schema: apiKeyFormSchema, role: "ADMIN" }, async (fields, ctx) => {
  const key = await createApiKey({ orgId: ctx.orgId, actorUserId: ctx.userId, fields });
  revalidatePath(`/${ctx.slug}/settings/api`);
  return { ok: true as const, message: `Key "${key.name}" created. Copy it now: it is shown only once.`, data: { secret: key.secret } };
});

export const revokeApiKeyAction = orgAction({ schema: apiKeyIdSchema, role: "ADMIN" }, async ({ keyId }, ctx) => {
  await revokeApiKey({ orgId: ctx.orgId, actorUserId: ctx.userId, keyId });
  revalidatePath(`/${ctx.slug}/settings/api`);
  redirect(`/${ctx.slug}/settings/api?revoked=1`);
});
