import { describe, expect, it } from "vitest";
import { listNodeExits } from "./list-node-exits";
import { flowNodeSchema } from "./types";

const exits = (type: string, data: Record<string, unknown>) => listNodeExits(flowNodeSchema.parse({ id: "n", type, data })).map((x) => `${x.handle}${x.required ? "!" : ""}`);

describe("listNodeExits", () => {
  it("gives each node type its handles; required ones marked", () => {
    expect(exits("trigger", { trigger: { kind: "default" } })).toEqual(["next!"]);
    expect(exits("message", { text: "x" })).toEqual(["next"]);
    expect(
      exits("message", {
        text: "x",
        buttons: [
          [
            { kind: "url", id: "u", text: "U", url: "https://x.test" },
            { kind: "next", id: "b", text: "B" },
          ],
        ],
      }),
    ).toEqual(["b!"]);
    expect(exits("question", { answerType: "choice", options: [{ id: "o1", label: "One" }] })).toEqual(["next", "o1", "invalid"]);
    expect(exits("condition", {})).toEqual(["true", "false"]);
    expect(exits("http", {})).toEqual(["next", "failure"]);
    expect(
      exits("split", {
        branches: [
          { id: "a", weight: 1 },
          { id: "b", weight: 1 },
        ],
      }),
    ).toEqual(["a!", "b!"]);
    expect(exits("jump", { flowId: "x" })).toEqual([]);
    expect(exits("delay", { amount: 1, unit: "hours" })).toEqual(["next"]);
  });
});
