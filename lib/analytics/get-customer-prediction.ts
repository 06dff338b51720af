import { db } from "@/lib/db/client";
import { predictionSelect } from "./get-customer-predictions";

/** One customer's stored scores (the caller has checked the customer is the org's); null until computed. */
export async function getCustomerPrediction({ orgId, customerId }: { orgId: string; customerId: string }) {
  return db.customerScore.findUnique({ where: { orgId_customerId: { orgId, customerId } }, select: predictionSelect });
}
