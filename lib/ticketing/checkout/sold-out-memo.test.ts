import { describe, expect, it } from "vitest";
import { forgetSoldOut, recentlySoldOut, rememberSoldOut } from "./sold-out-memo";

describe("sold-out memo", () => {
  it("remembers types with nothing left for two seconds, until their seats come back", () => {
    const now = 1_000_000;
    const names = new Map([
      ["a", "GA"],
      ["b", "VIP"],
    ]);
    rememberSoldOut({ a: 0, b: 3 }, names, now);
    expect(recentlySoldOut(["b", "a"], now + 1000)).toEqual({ id: "a", name: "GA" });
    expect(recentlySoldOut(["b"], now + 1000)).toBeNull();
    expect(recentlySoldOut(["a"], now + 2001)).toBeNull();
    rememberSoldOut({ a: 0 }, names, now);
    forgetSoldOut(["a"]);
    expect(recentlySoldOut(["a"], now)).toBeNull();
  });
});
