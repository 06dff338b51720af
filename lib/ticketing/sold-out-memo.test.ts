import { describe, expect, it } from "vitest";
import { forgetSoldOut, recentlySoldOut, rememberSoldOut } from "./sold-out-memo";

describe("sold-out memo", () => {
  it("remembers types with nothing left for two seconds, until their seats come back", () => {
    const now = 1_000_000;
    rememberSoldOut({ a: 0, b: 3 }, now);
    expect(recentlySoldOut(["b", "a"], now + 1000)).toBe("a");
    expect(recentlySoldOut(["b"], now + 1000)).toBeNull();
    expect(recentlySoldOut(["a"], now + 2001)).toBeNull();
    rememberSoldOut({ a: 0 }, now);
    forgetSoldOut(["a"]);
    expect(recentlySoldOut(["a"], now)).toBeNull();
  });
});
