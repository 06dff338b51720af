import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportCsv } from "@/app/api/orgs/[org]/bookings/export/route";
import { createStaffAndService, createTestBooking } from "@/test/dash-booking-factories";
import { createOrg, signInAs } from "@/test/factories";
import { parseBookingFiltersLenient } from "./booking-filters";
import { listBookings } from "./list-bookings";

// Integration: list filters, pagination and the CSV export on a real database. The org is in
// Europe/Berlin, so date filters cut at Berlin midnight, not UTC midnight.
type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let mia: Awaited<ReturnType<typeof createStaffAndService>>;
let leo: Awaited<ReturnType<typeof createStaffAndService>>;
const tz = "Europe/Berlin";

beforeAll(async () => {
  [a, b] = await Promise.all([createOrg({ timezone: tz }), createOrg({ timezone: tz })]);
  mia = await createStaffAndService(a.orgId, { staffName: "Mia", serviceName: "Haircut" });
  leo = await createStaffAndService(a.orgId, { staffName: "Leo", serviceName: "Massage" });
  const at = (iso: string) => new Date(iso);
  await createTestBooking({ orgId: a.orgId, serviceId: mia.service.id, staffMemberId: mia.staff.id, startsAt: at("2026-12-01T08:00:00Z"), clientName: "Ada Lovelace", clientEmail: "ada@math.dev" });
  await createTestBooking({ orgId: a.orgId, serviceId: mia.service.id, staffMemberId: mia.staff.id, startsAt: at("2026-12-01T23:30:00Z"), status: "PENDING_CONFIRMATION", clientName: "Bob Berlin" }); // Dec 2, 00:30 in Berlin
  await createTestBooking({ orgId: a.orgId, serviceId: leo.service.id, staffMemberId: leo.staff.id, startsAt: at("2026-12-03T10:00:00Z"), status: "CANCELED", clientName: "Cy Canceled" });
  for (let i = 0; i < 27; i++) {
    await createTestBooking({ orgId: a.orgId, serviceId: leo.service.id, staffMemberId: leo.staff.id, startsAt: new Date(Date.UTC(2027, 0, 1, 8) + i * 3_600_000 * 2), clientName: `Bulk ${String(i).padStart(2, "0")}` });
  }
  const other = await createStaffAndService(b.orgId);
  await createTestBooking({ orgId: b.orgId, serviceId: other.service.id, staffMemberId: other.staff.id, startsAt: at("2026-12-01T09:00:00Z"), clientName: "Ada Other Org" });
});

const names = (r: Awaited<ReturnType<typeof listBookings>>) => r.items.map((i) => i.clientName);
const list = (filters: Record<string, string>, page = 1) => listBookings({ orgId: a.orgId, timeZone: tz, filters: parseBookingFiltersLenient(filters), page });

describe("listBookings", () => {
  it("filters by status, staff and service", async () => {
    expect(names(await list({ status: "CANCELED" }))).toEqual(["Cy Canceled"]);
    expect(names(await list({ staff: mia.staff.id }))).toEqual(["Ada Lovelace", "Bob Berlin"]);
    expect((await list({ service: leo.service.id })).total).toBe(28);
  });

  it("cuts date ranges at midnight in the org's time zone, both ends inclusive", async () => {
    expect(names(await list({ from: "2026-12-01", to: "2026-12-01" }))).toEqual(["Ada Lovelace"]);
    expect(names(await list({ from: "2026-12-02", to: "2026-12-03" }))).toEqual(["Bob Berlin", "Cy Canceled"]);
  });

  it("searches client name or email, case-insensitive, never across orgs", async () => {
    expect(names(await list({ q: "ADA" }))).toEqual(["Ada Lovelace"]);
    expect(names(await list({ q: "math.dev" }))).toEqual(["Ada Lovelace"]);
  });

  it("pages 25 at a time, sorted by start either way, and clamps an out-of-range page", async () => {
    const first = await list({});
    expect(first.total).toBe(30);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(25);
    expect(names(first).slice(0, 3)).toEqual(["Ada Lovelace", "Bob Berlin", "Cy Canceled"]);
    const second = await list({}, 2);
    expect(names(second)).toEqual(["Bulk 22", "Bulk 23", "Bulk 24", "Bulk 25", "Bulk 26"]);
    expect((await list({}, 99)).page).toBe(2);
    expect(names(await list({ sort: "desc" })).slice(0, 2)).toEqual(["Bulk 26", "Bulk 25"]);
  });

  it("drops only the bad filter from a URL", async () => {
    expect(parseBookingFiltersLenient({ status: "NOPE", from: "2026-02-30", q: "ada" })).toEqual({ q: "ada" });
  });
});

describe("GET /api/orgs/[org]/bookings/export", () => {
  const call = (org: string, query: string) => exportCsv(new Request(`http://localhost/api/orgs/${org}/bookings/export?${query}`), { params: Promise.resolve({ org }) });

  it("exports exactly the filtered list, with the org-local time", async () => {
    signInAs(a.userId);
    const res = await call(a.slug, `staff=${mia.staff.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("2026-12-01 09:00");
    expect(lines[1]).toContain("Ada Lovelace");
    expect(lines[2]).toContain("Bob Berlin");
  });

  it("gives 400 for a bad filter and 404 to another org's member", async () => {
    signInAs(a.userId);
    expect((await call(a.slug, "status=NOPE")).status).toBe(400);
    signInAs(b.userId);
    expect((await call(a.slug, "")).status).toBe(404);
  });
});
