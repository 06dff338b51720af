"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createCustomer } from "@/lib/customers";
import { customerFieldsSchema } from "@/lib/customers";
import { deleteCustomer } from "@/lib/customers";
import { importCustomers, previewCustomerImport, toPreviewView } from "@/lib/customers";
import { csvImportLimits } from "@/lib/shared/csv-table";
import { updateCustomer } from "@/lib/customers";
import { orgAction } from "@/lib/safe-action";

// Server actions of the Customers area: each is one orgAction (session, membership, zod) that
// calls one domain function. Customer ids always go through the org from the wrapper.
const idField = z.string({ error: "Customer is missing" }).min(1, "Customer is missing").max(64, "Customer not found");
const csvField = z.object({
  csv: z.string({ error: "Choose a CSV file" }).min(1, "Choose a CSV file").max(csvImportLimits.MAX_BYTES, "The file is larger than 2 MB. Split it into smaller files."),
});

export const createCustomerAction = orgAction({ schema: customerFieldsSchema }, async (fields, ctx) => {
  const customer = await createCustomer({ orgId: ctx.orgId, actorUserId: ctx.userId, fields });
  revalidatePath(`/${ctx.slug}/customers`);
  redirect(`/${ctx.slug}/customers/${customer.id}`);
});

export const updateCustomerAction = orgAction({ schema: customerFieldsSchema.extend({ id: idField }) }, async ({ id, ...fields }, ctx) => {
  await updateCustomer({ orgId: ctx.orgId, actorUserId: ctx.userId, customerId: id, fields });
  revalidatePath(`/${ctx.slug}/customers`);
  redirect(`/${ctx.slug}/customers/${id}`);
});

export const deleteCustomerAction = orgAction({ schema: z.object({ id: idField }) }, async ({ id }, ctx) => {
  await deleteCustomer({ orgId: ctx.orgId, actorUserId: ctx.userId, customerId: id });
  revalidatePath(`/${ctx.slug}/customers`);
  redirect(`/${ctx.slug}/customers?deleted=1`);
});

export const previewImportAction = orgAction({ schema: csvField }, async ({ csv }, ctx) => {
  return toPreviewView(await previewCustomerImport({ orgId: ctx.orgId, csvText: csv }));
});

export const importCustomersAction = orgAction({ schema: csvField }, async ({ csv }, ctx) => {
  const result = await importCustomers({ orgId: ctx.orgId, actorUserId: ctx.userId, csvText: csv });
  revalidatePath(`/${ctx.slug}/customers`);
  const unchanged = result.unchanged ? ` (${result.unchanged} unchanged)` : "";
  return { ok: true as const, message: `Imported ${result.created} new, updated ${result.updated}${unchanged}.`, data: result };
});
