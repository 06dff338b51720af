import { describe, expect, it } from "vitest";
import { daysAheadAt } from "@/test/booking-time";
import { db } from "@/lib/db/client";
import { createBookableService, createOrg } from "@/test/factories";
import { POST } from "./route";

const post = (org: string, service: string, body: string) =>
  POST(new Request(`http://localhost/api/book/${org}/${service}/bookings`, { method: "POST", body, headers: { "content-type": "application/json" } }), { params: Promise.resolve({ org, service }) });

describe("POST /api/book/[org]/[service]/bookings", () => {
  it("answers 201, then 409 with the clear message for the same slot; bad input is a 400 with fields and no row", async () => {
    const org = await createOrg();
    const service = await createBookableService({ orgId: org.orgId });
    const body = { start: daysAheadAt(2, "09:00").toISOString(), name: "Json Client", email: "json@test.dev", tz: "Europe/Berlin" };
    const bad = await post(org.slug, service.slug, "{not json");
    expect(bad.status).toBe(400);
    const invalid = await post(org.slug, service.slug, JSON.stringify({ ...body, email: "", start: "soon" }));
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.fields).toMatchObject({ email: expect.any(String), start: "Pick a time from the list" });
    expect(await db.booking.count({ where: { orgId: org.orgId } })).toBe(0);

    const ok = await post(org.slug, service.slug, JSON.stringify(body));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ status: "CONFIRMED", redirectUrl: expect.stringMatching(/^\/book\/booking\//) });
    const taken = await post(org.slug, service.slug, JSON.stringify({ ...body, email: "late@test.dev" }));
    expect(taken.status).toBe(409);
    expect((await taken.json()).error).toMatchObject({ code: "CONFLICT", message: "This time was just taken. Please pick another." });
    expect((await post("no-such-org", service.slug, JSON.stringify(body))).status).toBe(404);
  });
});
