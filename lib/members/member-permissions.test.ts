import { describe, expect, it } from "vitest";
import { canChangeRoles, canInvite, canRemove, invitableRoles } from "./member-permissions";

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
});
