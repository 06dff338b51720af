// GET /api/v1/customers/:id: one customer of the key's org (another org's id is 404). Scope customers:read.
import { apiRoute } from "@/lib/api";
import { customerToJson, getCustomer } from "@/lib/customers";

export const GET = apiRoute({ scope: "customers:read" }, async ({ caller, params }) => ({ data: customerToJson(await getCustomer({ orgId: caller.orgId, customerId: params.id })) }));
