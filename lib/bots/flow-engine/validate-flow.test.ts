import { describe, expect, it } from "vitest";
import { welcomeFlowGraph } from "./fixtures/welcome-flow";
import { validateFlow } from "./validate-flow";

const base = {
  nodes: [
    { id: "start", type: "trigger", position: { x: 0, y: 0 }, data: { trigger: { kind: "start" } } },
    { id: "hello", type: "message", position: { x: 0, y: 0 }, data: { text: "Hello" } },
  ],
  edges: [{ id: "e1", source: "start", target: "hello" }],
};
const withNodes = (nodes: object[], edges: object[] = []) => ({ nodes: [...base.nodes, ...nodes], edges: [...base.edges, ...edges] });
const messages = (graph: unknown, flowIds?: string[]) => validateFlow({ graph, flowIds }).map((i) => `${i.severity} ${i.nodeId ?? "-"}: ${i.message}`);

describe("validateFlow", () => {
  it("the welcome fixture and a minimal flow are clean", () => {
    expect(validateFlow({ graph: welcomeFlowGraph })).toEqual([]);
    expect(validateFlow({ graph: base })).toEqual([]);
    // What @xyflow/react adds to nodes and edges is not the engine's business.
    const fromCanvas = { nodes: base.nodes.map((n) => ({ ...n, measured: { width: 200, height: 80 }, selected: true })), edges: base.edges.map((e) => ({ ...e, type: "smoothstep", animated: false })) };
    expect(validateFlow({ graph: fromCanvas })).toEqual([]);
  });

  it("no trigger, an unconnected trigger, an unreachable node", () => {
    expect(messages({ nodes: [base.nodes[1]], edges: [] })).toEqual(["error -: Add a trigger: nothing starts this flow.", "error hello: Not connected: no trigger leads here."]);
    expect(messages({ nodes: base.nodes, edges: [] })).toEqual(["error start: The trigger is not connected to anything.", "error hello: Not connected: no trigger leads here."]);
  });

  it("empty content", () => {
    const issues = messages(
      withNodes(
        [
          { id: "m", type: "message", position: { x: 0, y: 0 }, data: { text: " " } },
          { id: "q", type: "question", position: { x: 0, y: 0 }, data: { text: "Pick", answerType: "choice" } },
          { id: "h", type: "http", position: { x: 0, y: 0 }, data: { url: "ftp://x" } },
          { id: "j", type: "jump", position: { x: 0, y: 0 }, data: { flowId: "gone" } },
          { id: "v", type: "setVariable", position: { x: 0, y: 0 }, data: { variable: "first_name" } },
        ],
        [
          { id: "a", source: "hello", target: "m" },
          { id: "b", source: "m", target: "q" },
          { id: "c", source: "q", target: "h" },
          { id: "d", source: "h", target: "j" },
          { id: "e", source: "hello", target: "v" },
        ],
      ),
      ["main"],
    );
    expect(issues).toEqual([
      "error m: The message is empty.",
      "error q: Question: choose a variable name.",
      "error q: A choice question needs options.",
      "error h: HTTP request: the URL must start with https:// or http://.",
      "error j: Jump: that flow does not exist any more.",
      'error v: Set variable: "first_name" is a built-in and cannot be set.',
    ]);
  });

  it("exits that must be connected, and edges from exits that are gone", () => {
    const issues = messages(
      withNodes(
        [
          {
            id: "menu",
            type: "message",
            position: { x: 0, y: 0 },
            data: {
              text: "Menu",
              buttons: [
                [
                  { kind: "next", id: "b1", text: "One" },
                  { kind: "next", id: "b2", text: "Two" },
                ],
              ],
            },
          },
          {
            id: "ab",
            type: "split",
            position: { x: 0, y: 0 },
            data: {
              branches: [
                { id: "x", weight: 1 },
                { id: "y", weight: 0 },
              ],
            },
          },
        ],
        [
          { id: "a", source: "hello", target: "menu" },
          { id: "b", source: "menu", sourceHandle: "b1", target: "ab" },
          { id: "c", source: "menu", sourceHandle: "b3", target: "hello" },
          { id: "d", source: "ab", sourceHandle: "x", target: "hello" },
        ],
      ),
    );
    expect(issues).toEqual(["warning menu: A connection leaves from an exit this node no longer has.", 'error menu: "Two" is not connected.', 'error ab: "0" is not connected.']);
  });

  it("schema errors point at the node; inconsistent variables are a warning", () => {
    expect(messages({ nodes: [{ id: "x", type: "delay", position: { x: 0, y: 0 }, data: { amount: 0, unit: "days" } }], edges: [] })).toEqual([expect.stringMatching(/^error x: nodes\.0\.data\.amount: /)]);
    const twice = withNodes(
      [
        { id: "q1", type: "question", position: { x: 0, y: 0 }, data: { text: "Age?", variable: "age", answerType: "number" } },
        { id: "q2", type: "question", position: { x: 0, y: 0 }, data: { text: "Age?", variable: "age", answerType: "text" } },
      ],
      [
        { id: "a", source: "hello", target: "q1" },
        { id: "b", source: "q1", target: "q2" },
      ],
    );
    expect(messages(twice)).toEqual(['warning -: The variable "age" is asked as number and text: use one answer type or two names.']);
  });
});
