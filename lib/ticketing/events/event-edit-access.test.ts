import { describe, expect, it } from "vitest";
import { canEditEvent } from "./event-edit-access";

describe("canEditEvent", () => {
  it("lets staff edit drafts only, and owners and admins any event", () => {
    expect(["DRAFT", "IN_REVIEW", "PUBLISHED", "CANCELED"].map((s) => canEditEvent("STAFF", s as never))).toEqual([true, false, false, false]);
    for (const role of ["ADMIN", "OWNER"] as const) expect(["DRAFT", "IN_REVIEW", "PUBLISHED"].every((s) => canEditEvent(role, s as never))).toBe(true);
  });
});
