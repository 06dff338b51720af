import { describe, expect, it } from "vitest";
import { GET as getCustomerRoute } from "@/app/api/v1/customers/[id]/route";
import { GET as listCustomersRoute } from "@/app/api/v1/customers/route";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { hashApiKey } from "./api-key-secret";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys";
import { flushApiCalls } from "./api-route";
import { authenticateApiKey } from "./authenticate-api-key";
import type { ApiScope } from "./scopes";

// The public API's keys and its first resource, against the real database: a key reads only its
// own org, needs its scope, and stops working when revoked or expired.
async function orgWithCustomers(count: number) {
  const org = await createOrg();
  for (let i = 0; i < count; i++) await db.customer.create({ data: { orgId: org.orgId, name: `Customer ${i}`, email: `c${i}-${org.orgId}@example.com` } });
  return org;
}

async function keyFor(orgId: string, scopes: ApiScope[] = ["customers:read"], expiresInDays: "never" | "30" = "never") {
  return createApiKey({ orgId, actorUserId: null, fields: { name: "CRM sync", scopes, expiresInDays } });
}

const call = (route: typeof listCustomersRoute, url: string, secret?: string, params: Record<string, string> = {}) =>
  route(new Request(`http://localhost${url}`, { headers: secret ? { authorization: `Bearer ${secret}` } : {} }), { params: Promise.resolve(params) });

describe("API keys", () => {
  it("shows the secret once and keeps only its hash, a prefix and the scopes", async () => {
    const org = await createOrg();
    const key = await keyFor(org.orgId, ["customers:read", "bookings:write"]);
    expect(key.secret).toMatch(/^fd_live_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.secretHash).toBe(hashApiKey(key.secret));
    expect(JSON.stringify(row)).not.toContain(key.secret);
    expect(key.secret.startsWith(row.prefix)).toBe(true);
    expect((await listApiKeys({ orgId: org.orgId })).map((k) => [k.name, k.scopes])).toEqual([["CRM sync", ["bookings:write", "customers:read"]]]);
    expect(await listApiKeys({ orgId: (await createOrg()).orgId })).toEqual([]);
  });

  it("refuses a key without a name or a permission, or with a made-up permission, and stores nothing", async () => {
    const org = await createOrg();
    const fields = (patch: object) => ({ name: "Zapier", scopes: ["customers:read"], expiresInDays: "never", ...patch }) as never;
    await expect(createApiKey({ orgId: org.orgId, actorUserId: null, fields: fields({ scopes: [] }) })).rejects.toMatchObject({ code: "BAD_INPUT", fieldErrors: { scopes: "Pick at least one permission" } });
    await expect(createApiKey({ orgId: org.orgId, actorUserId: null, fields: fields({ scopes: ["customers:admin"] }) })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(createApiKey({ orgId: org.orgId, actorUserId: null, fields: fields({ name: "  " }) })).rejects.toMatchObject({ code: "BAD_INPUT", fieldErrors: { name: expect.any(String) } });
    expect(await db.apiKey.count({ where: { orgId: org.orgId } })).toBe(0);
  });

  it("refuses a missing, malformed, unknown, revoked or expired key with 401, and a key without the scope with 403", async () => {
    const org = await orgWithCustomers(1);
    const body = async (res: Response) => ({ status: res.status, body: await res.json() });
    expect(await body(await call(listCustomersRoute, "/api/v1/customers"))).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    expect((await call(listCustomersRoute, "/api/v1/customers", "not-a-key")).status).toBe(401);
    expect((await call(listCustomersRoute, "/api/v1/customers", `fd_live_${"x".repeat(43)}`)).status).toBe(401);
    const noScope = await keyFor(org.orgId, ["bookings:read"]);
    expect(await body(await call(listCustomersRoute, "/api/v1/customers", noScope.secret))).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN", message: expect.stringContaining("customers:read") } } });

    const key = await keyFor(org.orgId);
    expect((await call(listCustomersRoute, "/api/v1/customers", key.secret)).status).toBe(200);
    await revokeApiKey({ orgId: org.orgId, actorUserId: null, keyId: key.id });
    expect((await call(listCustomersRoute, "/api/v1/customers", key.secret)).status).toBe(401); // at once in this process
    expect((await revokeApiKey({ orgId: org.orgId, actorUserId: null, keyId: key.id })).changed).toBe(false);

    const expiring = await keyFor(org.orgId, ["customers:read"], "30");
    await expect(authenticateApiKey(`Bearer ${expiring.secret}`)).resolves.toMatchObject({ orgId: org.orgId });
    await expect(authenticateApiKey(`Bearer ${expiring.secret}`, Date.now() + 31 * 86_400_000)).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/expired/) });
  });

  it("a key of one org never reads another org's customers, and another org cannot revoke it", async () => {
    const a = await orgWithCustomers(2);
    const b = await orgWithCustomers(2);
    const keyA = await keyFor(a.orgId);
    const list = await (await call(listCustomersRoute, "/api/v1/customers", keyA.secret)).json();
    expect(list.data.map((c: { email: string }) => c.email).every((e: string) => e.endsWith(`-${a.orgId}@example.com`))).toBe(true);
    const customerOfB = await db.customer.findFirstOrThrow({ where: { orgId: b.orgId } });
    const res = await call(getCustomerRoute, `/api/v1/customers/${customerOfB.id}`, keyA.secret, { id: customerOfB.id });
    expect(res.status).toBe(404);
    await expect(revokeApiKey({ orgId: b.orgId, actorUserId: null, keyId: keyA.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await call(listCustomersRoute, "/api/v1/customers", keyA.secret)).status).toBe(200);
  });
});

describe("GET /api/v1/customers", () => {
  it("pages through every customer exactly once with a cursor, and records each call with its key", async () => {
    const org = await orgWithCustomers(5);
    const key = await keyFor(org.orgId);
    const seen: string[] = [];
    let url = "/api/v1/customers?limit=2";
    for (let pages = 0; pages < 5; pages++) {
      const res = await call(listCustomersRoute, url, key.secret);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((c: { id: string }) => c.id));
      if (!body.nextCursor) break;
      url = `/api/v1/customers?limit=2&cursor=${body.nextCursor}`;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    await flushApiCalls();
    const calls = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "api.request", targetId: key.id } });
    expect(calls).toHaveLength(3);
    expect(calls[0].data).toMatchObject({ method: "GET", path: "/api/v1/customers", status: 200 });
  });

  it("answers bad parameters with 400 and a field error each, never a 500", async () => {
    const org = await orgWithCustomers(1);
    const key = await keyFor(org.orgId);
    const fields = async (url: string) => {
      const res = await call(listCustomersRoute, url, key.secret);
      expect(res.status).toBe(400);
      return (await res.json()).error.fields;
    };
    expect(await fields("/api/v1/customers?limit=0")).toHaveProperty("limit");
    expect(await fields("/api/v1/customers?limit=1000")).toHaveProperty("limit");
    expect(await fields("/api/v1/customers?limit=abc")).toHaveProperty("limit");
    expect(await fields("/api/v1/customers?cursor=%3Cscript%3E")).toHaveProperty("cursor");
    expect(await fields("/api/v1/customers?updated_since=yesterday")).toHaveProperty("updated_since");
    expect(await fields("/api/v1/customers?page=2")).toEqual({ page: "Unknown parameter" });
  });

  it("with updated_since lists only customers changed since then", async () => {
    const org = await orgWithCustomers(3);
    const key = await keyFor(org.orgId);
    const since = new Date(Date.now() + 1000);
    const changed = await db.customer.findFirstOrThrow({ where: { orgId: org.orgId } });
    await db.customer.update({ where: { id: changed.id }, data: { notes: "called back", updatedAt: new Date(since.getTime() + 1000) } });
    const body = await (await call(listCustomersRoute, `/api/v1/customers?updated_since=${since.toISOString()}`, key.secret)).json();
    expect(body.data.map((c: { id: string }) => c.id)).toEqual([changed.id]);
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once a key used up its minute, and other keys are not held up", async () => {
    const org = await orgWithCustomers(1);
    const key = await keyFor(org.orgId);
    const other = await keyFor(org.orgId);
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    try {
      for (let i = 0; i < 3; i++) expect((await call(listCustomersRoute, "/api/v1/customers", key.secret)).status).toBe(200);
      const limited = await call(listCustomersRoute, "/api/v1/customers", key.secret);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await limited.json()).error.code).toBe("RATE_LIMITED");
      expect((await call(listCustomersRoute, "/api/v1/customers", other.secret)).status).toBe(200);
    } finally {
      delete process.env.API_RATE_LIMIT_PER_MINUTE;
    }
  });
});
