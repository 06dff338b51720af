import { db, type Db } from "./client";
import * as Generated from "./generated/internal/prismaNamespace";

// The org-scoped handle: orgDb(orgId).<model>.<op>(...) ANDs `orgId` into every where and sets it
// on every row it creates, for each model that has an `orgId` column. Tenancy no longer rests on
// every query remembering to filter by orgId; a by-id write through the handle cannot reach
// another org's row.
//
// Models without orgId are children reached through an org-scoped parent (filter by the parent,
// e.g. a relation filter `event: { orgId }`, or through orgDb on the parent): AvailabilityRule, DateOverride
// (StaffMember), BookingReminder (Booking), EventStatusChange, LineupItem (Event), OrderItem (Order),
// FlowVersion (Flow), BroadcastDelivery (Broadcast), DripStep, DripEnrollment (DripSequence).
// Global tables (User, Account, Session, VerificationToken, SignInThrottle, UserToken,
// Organization, StripeEvent, TelegramUpdate) pass through the handle unchanged.

/** Models with an `orgId` column, read from the generated client's scalar-field enums. */
export const orgScopedModels: ReadonlySet<string> = new Set(
  Object.values(Generated.ModelName).filter((model) => {
    const fields = (Generated as unknown as Record<string, Record<string, string> | undefined>)[`${model}ScalarFieldEnum`];
    return Boolean(fields && "orgId" in fields);
  }),
);

const whereOps = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "update", "updateMany", "updateManyAndReturn", "delete", "deleteMany", "count", "aggregate", "groupBy", "upsert"]);
const dataOps = new Set(["create", "createMany", "createManyAndReturn"]);

export class CrossOrgWriteError extends Error {
  constructor(model: string, operation: string) {
    super(`orgDb: ${model}.${operation} tried to write a row of another organization`);
    this.name = "CrossOrgWriteError";
  }
}

type Row = Record<string, unknown>;

/** `where` with the org ANDed in; an orgId filter of its own stays and is ANDed with ours. */
export function scopeWhere(where: Row | undefined, orgId: string): Row {
  if (!where) return { orgId };
  if (where.orgId === undefined || where.orgId === orgId) return { ...where, orgId };
  const and = where.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
  return { ...where, AND: [...and, { orgId }] };
}

/** One row to create, with the org set; a different orgId (or an `org` relation) is refused. */
export function scopeData(data: Row, orgId: string, model: string, operation: string): Row {
  if ("org" in data) throw new CrossOrgWriteError(model, operation);
  if (data.orgId !== undefined && data.orgId !== orgId) throw new CrossOrgWriteError(model, operation);
  return { ...data, orgId };
}

/** An update's data may not move a row to another org. */
function checkUpdateData(data: unknown, orgId: string, model: string, operation: string) {
  if (!data || typeof data !== "object") return;
  const row = data as Row;
  if ("org" in row) throw new CrossOrgWriteError(model, operation);
  if (row.orgId !== undefined && row.orgId !== orgId) throw new CrossOrgWriteError(model, operation);
}

export function scopeArgs(model: string, operation: string, args: Row | undefined, orgId: string): Row | undefined {
  if (!orgScopedModels.has(model)) return args;
  const next: Row = { ...args };
  if (whereOps.has(operation)) next.where = scopeWhere(next.where as Row | undefined, orgId);
  if (operation === "update" || operation === "updateMany" || operation === "updateManyAndReturn") checkUpdateData(next.data, orgId, model, operation);
  if (operation === "upsert") {
    next.create = scopeData((next.create ?? {}) as Row, orgId, model, operation);
    checkUpdateData(next.update, orgId, model, operation);
  }
  if (dataOps.has(operation)) {
    const data = next.data as Row | Row[] | undefined;
    next.data = Array.isArray(data) ? data.map((row) => scopeData(row, orgId, model, operation)) : scopeData(data ?? {}, orgId, model, operation);
  }
  return next;
}

function extend(orgId: string) {
  return db.$extends({
    name: "org-scope",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          return query(scopeArgs(model, operation, args as Row | undefined, orgId) as typeof args);
        },
      },
    },
  });
}

// Typed as the plain client: a query extension changes no argument or result type, and so the
// handle and its `tx` fit every helper that takes a Prisma.TransactionClient (the extended
// client's own type does not, because its $transaction overloads differ).
export type OrgDb = Db;

// scripts/bench/org-db.ts (2 cores): one $extends costs ~55 µs, a cached handle ~1 µs; the scoping
// itself adds 35 µs or less to a ~450 µs by-id read (within the noise). Caching is a Map, so handles
// are kept per orgId in a small LRU. An extended client holds no connection, only the shared pool's.
const cacheLimit = 1000;
const cache = new Map<string, OrgDb>();

/**
 * The Prisma client scoped to one org. `orgDb(orgId).$transaction(async (tx) => ...)` gives a
 * `tx` with the same scoping (Prisma applies query extensions inside interactive transactions).
 */
export function orgDb(orgId: string): OrgDb {
  if (!orgId) throw new Error("orgDb: an orgId is required");
  let handle = cache.get(orgId);
  if (handle) {
    cache.delete(orgId);
  } else {
    handle = extend(orgId) as unknown as OrgDb;
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
  }
  cache.set(orgId, handle);
  return handle;
}
