import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it("keeps paths on this site", () => {
    for (const p of ["/", "/lumen-studio", "/invite/abc?x=1#y", "/a/b%2Fc"]) expect(safeNextPath(p)).toBe(p);
  });

  it("refuses anything that could leave the site", () => {
    for (const p of ["//evil.com", "/\\evil.com", "/\t/evil.com", "/\n/evil.com", "https://evil.com", "evil.com", "javascript:alert(1)", " /x", "", null, 42, "/x\u0000"]) {
      expect(safeNextPath(p), JSON.stringify(p)).toBeUndefined();
    }
  });

  it("takes the first of several values", () => {
    expect(safeNextPath(["/a", "/b"])).toBe("/a");
  });
});
