import { describe, expect, it } from "vitest";
import { CrossOrgWriteError, orgScopedModels, scopeArgs, scopeWhere } from "./org-db";

// The list comes from the generated client; this pins it, so a new model with orgId (or one
// losing it) is a deliberate change here.
describe("orgDb", () => {
  it("scopes exactly the models with an orgId column", () => {
    expect([...orgScopedModels].sort()).toEqual(
      [
        "AnalyticsRun",
        "ApiKey",
        "AuditLog",
        "Booking",
        "Bot",
        "BotMessage",
        "BotSubscriber",
        "Broadcast",
        "Campaign",
        "CampaignMetric",
        "Customer",
        "CustomerMonth",
        "CustomerScore",
        "DripSequence",
        "EmailOutbox",
        "Event",
        "Flow",
        "Invitation",
        "Membership",
        "Order",
        "PromoCode",
        "Segment",
        "Service",
        "ServiceStaff",
        "StaffMember",
        "Ticket",
        "TicketType",
        "Venue",
      ].sort(),
    );
  });

  it("ANDs the org into where and keeps a different orgId filter as a second condition", () => {
    expect(scopeWhere(undefined, "a")).toEqual({ orgId: "a" });
    expect(scopeWhere({ id: "x" }, "a")).toEqual({ id: "x", orgId: "a" });
    expect(scopeWhere({ id: "x", orgId: "b" }, "a")).toEqual({ id: "x", orgId: "b", AND: [{ orgId: "a" }] });
    expect(scopeWhere({ orgId: { in: ["a", "b"] }, AND: { id: "x" } }, "a")).toEqual({ orgId: { in: ["a", "b"] }, AND: [{ id: "x" }, { orgId: "a" }] });
  });

  it("sets the org on creates and refuses another org's id", () => {
    expect(scopeArgs("Customer", "create", { data: { name: "n" } }, "a")).toEqual({ data: { name: "n", orgId: "a" } });
    expect(scopeArgs("Customer", "createMany", { data: [{ name: "n" }, { name: "m", orgId: "a" }] }, "a")).toEqual({
      data: [
        { name: "n", orgId: "a" },
        { name: "m", orgId: "a" },
      ],
    });
    expect(scopeArgs("Customer", "upsert", { where: { id: "x" }, create: { name: "n" }, update: {} }, "a")).toEqual({ where: { id: "x", orgId: "a" }, create: { name: "n", orgId: "a" }, update: {} });
    expect(() => scopeArgs("Customer", "create", { data: { name: "n", orgId: "b" } }, "a")).toThrow(CrossOrgWriteError);
    expect(() => scopeArgs("Customer", "update", { where: { id: "x" }, data: { orgId: "b" } }, "a")).toThrow(CrossOrgWriteError);
  });

  it("leaves models without orgId alone", () => {
    expect(scopeArgs("LineupItem", "findMany", { where: { eventId: "e" } }, "a")).toEqual({ where: { eventId: "e" } });
    expect(scopeArgs("User", "update", { where: { id: "u" }, data: {} }, "a")).toEqual({ where: { id: "u" }, data: {} });
  });
});
