import { exportCustomersWhereCsv } from "@/lib/customers";
import type { SegmentDefinition } from "./segment-definition";
import { segmentCustomerWhere } from "./segment-customer-where";

// A segment's members as CSV: the customers export itself (same columns, cells and escaping) over
// the segment's conditions, so the file imports back as customers as is.
export async function exportSegmentCsv({ orgId, currency, definition }: { orgId: string; currency: string; definition: SegmentDefinition }): Promise<string> {
  return exportCustomersWhereCsv({ orgId, currency, where: segmentCustomerWhere({ orgId, definition }) });
}
