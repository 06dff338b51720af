"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/safe-action";
import { cancelOrder } from "@/lib/ticketing";
import { resendTickets } from "@/lib/ticketing";

// Server actions on ticket orders: one orgAction each calling one domain function; the order id
// always goes through the org the wrapper resolved. Money moves only for owners and admins.
const idField = z.string({ error: "Order is missing" }).min(1, "Order is missing").max(64, "Order not found");

export const cancelOrderAction = orgAction({ role: "ADMIN", schema: z.object({ id: idField, reason: z.string().trim().max(500, "Keep the reason under 500 characters").optional() }) }, async ({ id, reason }, ctx) => {
  const status = await cancelOrder({ orgId: ctx.orgId, orderId: id, reason: reason || null });
  revalidatePath(`/${ctx.slug}/events`, "layout");
  return { ok: true as const, message: status === "REFUNDED" ? "Order refunded in full. Its tickets are void and their seats are back on sale." : "Order canceled. Its tickets are void and their seats are back on sale." };
});

export const resendTicketsAction = orgAction({ schema: z.object({ id: idField }) }, async ({ id }, ctx) => {
  const { sent } = await resendTickets({ orgId: ctx.orgId, orderId: id });
  return { ok: true as const, message: `Tickets sent again to ${sent} ${sent === 1 ? "address" : "addresses"}.` };
});
