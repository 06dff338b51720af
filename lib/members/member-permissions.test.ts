import { describe, expect, it } from "vitest";
import { canChangeRoles, canInvite, canRemove, invitableRoles, isInvitedEmail } from "./member-permissions";

describe("member permissions", () => {
  it("owners invite any role, admins admin or staff, staff nobody", () => {
    expect(invitableRoles("OWNER")).toEqual(["OWNER", "ADMIN", "STAFF"]);
    expect(invitableRoles("ADMIN")).toEqual(["ADMIN", "STAFF"]);
    expect(invitableRoles("STAFF")).toEqual([]);
    expect(canInvite("ADMIN", "OWNER")).toBe(false);
    expect(canInvite("STAFF", "STAFF")).toBe(false);
  });

  it("only owners change roles", () => {
    expect(canChangeRoles("OWNER")).toBe(true);
    expect(canChangeRoles("ADMIN")).toBe(false);
    expect(canChangeRoles("STAFF")).toBe(false);
  });

  it("owners remove anyone, admins only staff, anyone themselves", () => {
    expect(canRemove("OWNER", "OWNER")).toBe(true);
    expect(canRemove("ADMIN", "STAFF")).toBe(true);
    expect(canRemove("ADMIN", "ADMIN")).toBe(false);
    expect(canRemove("ADMIN", "OWNER")).toBe(false);
    expect(canRemove("STAFF", "STAFF")).toBe(false);
    expect(canRemove("STAFF", "STAFF", true)).toBe(true);
  });

  it("an invitation is for its email only, whatever the case", () => {
    expect(isInvitedEmail("bob@example.com", "bob@example.com")).toBe(true);
    expect(isInvitedEmail("bob@example.com", "Bob@Example.COM")).toBe(true);
    expect(isInvitedEmail("bob@example.com", "bob@example.org")).toBe(false);
    expect(isInvitedEmail("bob@example.com", "evil+bob@example.com")).toBe(false);
    expect(isInvitedEmail("bob@example.com", "")).toBe(false);
    expect(isInvitedEmail("bob@example.com", null)).toBe(false);
  });
});
