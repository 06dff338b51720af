// GET /api/v1/customers: the org's customers, cursor-paginated in a stable order
// (?limit=1-100&cursor=&updated_since=ISO). Scope customers:read.
import { z } from "zod";
import { apiRoute, cursorParam, limitParam, page, updatedSinceParam } from "@/lib/api";
import { customerToJson, listCustomersAfter } from "@/lib/customers";

const query = z.object({ limit: limitParam, cursor: cursorParam, updated_since: updatedSinceParam });

export const GET = apiRoute({ scope: "customers:read", query }, async ({ caller, query }) => {
  const rows = await listCustomersAfter({ orgId: caller.orgId, limit: query.limit, after: query.cursor, updatedSince: query.updated_since });
  const { data, nextCursor } = page(rows, query.limit);
  return { data: data.map(customerToJson), nextCursor };
});
