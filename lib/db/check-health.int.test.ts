import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { checkHealth } from "./check-health";
import { PrismaClient } from "./generated/client";

describe("GET /api/health", () => {
  it("answers 200 ok when the database answers", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("reports the database down when Postgres cannot be reached", async () => {
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://nobody:x@127.0.0.1:1/none", connectionTimeoutMillis: 500 }) });
    expect(await checkHealth({ client: unreachable })).toEqual({ status: "error", db: "down" });
  });
});
