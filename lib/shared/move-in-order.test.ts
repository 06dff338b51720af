import { describe, expect, it } from "vitest";
import { moveInOrder } from "./move-in-order";

describe("moveInOrder", () => {
  it("swaps with the neighbour, stays put at the edges, null when missing", () => {
    expect(moveInOrder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveInOrder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(moveInOrder(["a", "b"], "a", "up")).toEqual(["a", "b"]);
    expect(moveInOrder(["a", "b"], "b", "down")).toEqual(["a", "b"]);
    expect(moveInOrder(["a"], "z", "up")).toBeNull();
  });
});
