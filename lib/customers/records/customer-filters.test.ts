import { describe, expect, it } from "vitest";
import { customerFiltersSchema, customerWhere, parseFiltersLenient } from "./customer-filters";
import { mergeTimeline, type TimelineItem } from "../profile/get-customer-timeline";

describe("customer filters", () => {
  it("always scopes to the org and adds only the filters given", () => {
    expect(customerWhere("org1", {})).toEqual({ orgId: "org1" });
    const where = customerWhere("org1", customerFiltersSchema.parse({ q: " Ann ", tag: "VIP", source: "IMPORT" }));
    expect(where).toMatchObject({ orgId: "org1", tags: { has: "vip" }, source: "IMPORT" });
    expect(where.OR).toHaveLength(3);
    expect(JSON.stringify(where.OR)).toContain('"contains":"Ann","mode":"insensitive"');
  });

  it("strict for the API, lenient for pages: a bad value drops only itself", () => {
    expect(customerFiltersSchema.safeParse({ source: "HACK" }).success).toBe(false);
    expect(customerFiltersSchema.parse({ q: "", tag: " ", source: "" })).toEqual({ q: undefined, tag: undefined, source: undefined });
    expect(parseFiltersLenient({ q: "ann", source: "HACK", tag: "x".repeat(40) })).toEqual({ q: "ann", tag: undefined, source: undefined });
  });
});

describe("mergeTimeline", () => {
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
  it("sorts newest first, creation last on a tie, and caps the length", () => {
    const created: TimelineItem = { kind: "customer.created", id: "created-1", at: at(0), source: "MANUAL", actor: null, via: null };
    const audit: TimelineItem = { kind: "audit", id: "audit-1", at: at(0), action: "customer.updated", actor: null, changed: [], via: null };
    const order: TimelineItem = { kind: "order", id: "order-1", at: at(5), orderId: "o1", orderKind: "TICKET", amount: 100, currency: "EUR", status: "PAID", paidAt: at(5), event: null, booking: null };
    expect(mergeTimeline([[created], [order], [audit]], 10).map((i) => i.id)).toEqual(["order-1", "audit-1", "created-1"]);
    expect(mergeTimeline([[created], [order], [audit]], 2)).toHaveLength(2);
  });
});
