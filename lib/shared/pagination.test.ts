import { describe, expect, it } from "vitest";
import { pageOf } from "./pagination";

describe("pageOf", () => {
  it("clamps the requested page to the pages there are and says what to skip and take", () => {
    expect(pageOf(51, 2, 25)).toEqual({ page: 2, pageCount: 3, skip: 25, take: 25 });
    expect(pageOf(51, 9, 25)).toEqual({ page: 3, pageCount: 3, skip: 50, take: 25 });
    expect(pageOf(0, 4, 25)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 25 });
    expect(pageOf(10, Number.NaN, 25).page).toBe(1);
    expect(pageOf(10, -3, 25).page).toBe(1);
    expect(pageOf(80, 2.7, 25).page).toBe(2);
  });
});
