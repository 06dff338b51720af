import { describe, expect, it } from "vitest";
import { parseShownStaff, toggleShownStaff } from "./calendar-staff-filter";

const all = ["a", "b", "c"];

describe("parseShownStaff", () => {
  it("reads a comma list or repeated params, in the org's order, dropping unknown ids", () => {
    expect(parseShownStaff("c,a,zz", all)).toEqual(["a", "c"]);
    expect(parseShownStaff(["b", "a"], all)).toEqual(["a", "b"]);
    expect(parseShownStaff("b", all)).toEqual(["b"]);
  });
  it("means everyone when absent, empty, unknown or complete", () => {
    expect(parseShownStaff(undefined, all)).toBeNull();
    expect(parseShownStaff("", all)).toBeNull();
    expect(parseShownStaff("zz", all)).toBeNull();
    expect(parseShownStaff("a,b,c", all)).toBeNull();
  });
});

describe("toggleShownStaff", () => {
  it("hides one from everyone, shows it again, never hides the last one", () => {
    expect(toggleShownStaff(null, "b", all)).toBe("a,c");
    expect(toggleShownStaff(["a", "c"], "b", all)).toBeNull();
    expect(toggleShownStaff(["a"], "c", all)).toBe("a,c");
    expect(toggleShownStaff(["a"], "a", all)).toBeNull();
  });
});
