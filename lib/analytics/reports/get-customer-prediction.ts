import { orgDb } from "@/lib/db/org-db";
import { clusterLabel } from "../models/cluster-label";
import { getClusterDescriptions } from "./get-cluster-descriptions";
import { predictionSelect } from "./get-customer-predictions";

/** One customer's stored scores (the caller has checked the customer is the org's); null until computed. */
export async function getCustomerPrediction({ orgId, customerId }: { orgId: string; customerId: string }) {
  const [score, descriptions] = await Promise.all([orgDb(orgId).customerScore.findUnique({ where: { orgId_customerId: { orgId, customerId } }, select: predictionSelect }), getClusterDescriptions({ orgId })]);
  return score && { ...score, clusterLabel: score.cluster === null ? null : clusterLabel(score.cluster, descriptions) };
}
