import { describe, expect, it } from "vitest";
import { validateFlow } from "@/lib/bots/flow-engine/validate-flow";
import { flowGraphSchema } from "@/lib/bots/flow-engine/types";
import { chooseFreeExit, countConnections, createFlowEditorStore, toFlowGraph } from "./flow-editor-store";

const starter = () =>
  flowGraphSchema.parse({
    nodes: [
      { id: "start", type: "trigger", position: { x: 0, y: 0 }, data: { trigger: { kind: "start", payload: "" } } },
      { id: "hello", type: "message", position: { x: 300, y: 0 }, data: { text: "Hi!" } },
    ],
    edges: [{ id: "e1", source: "start", target: "hello" }],
  });

describe("flow editor store", () => {
  it("adds a node after the selected one and connects its free exit", () => {
    const store = createFlowEditorStore(starter());
    const id = store.getState().addNode("question", { after: "hello" }).id;
    const s = store.getState();
    expect(s.nodes.find((n) => n.id === id)).toMatchObject({ type: "question", position: { x: 600, y: 0 } });
    expect(s.edges.some((e) => e.source === "hello" && e.target === id)).toBe(true);
    expect(s.selectedNodeId).toBe(id);
    expect(s.revision).not.toBe(s.savedRevision);
    const below = store.getState().addNode("message", { position: { x: 600, y: 20 } }).id;
    expect(store.getState().nodes.find((n) => n.id === below)?.position).toEqual({ x: 600, y: 150 });
  });

  it("chooses the selected step's first free exit, and says when there is none", () => {
    const store = createFlowEditorStore(starter());
    const hello = () => store.getState().nodes.find((n) => n.id === "hello")!;
    expect(chooseFreeExit(hello(), store.getState().edges)?.handle).toBe("next");
    const first = store.getState().addNode("message", { after: "hello" });
    expect(first.after).toEqual({ nodeId: "hello", exit: expect.objectContaining({ handle: "next" }) });
    // "Next" is taken now: the second step is not connected, and the result says so.
    expect(chooseFreeExit(hello(), store.getState().edges)).toBeNull();
    const second = store.getState().addNode("message", { after: "hello" });
    expect(second.after).toEqual({ nodeId: "hello", exit: null });
    expect(store.getState().edges.filter((e) => e.target === second.id)).toEqual([]);
    // A question with "Answered" taken hangs the next step on its "Invalid answer" exit.
    const q = store.getState().addNode("question", { after: first.id }).id;
    store.getState().connect({ source: q, target: second.id, sourceHandle: null, targetHandle: null });
    const onInvalid = store.getState().addNode("message", { after: q });
    expect(onInvalid.after?.exit).toMatchObject({ handle: "invalid", label: "Invalid answer" });
    expect(store.getState().edges.some((e) => e.source === q && e.sourceHandle === "invalid" && e.target === onInvalid.id)).toBe(true);
    // A jump has no exits at all; a trigger never goes after a step.
    const jump = store.getState().addNode("jump", { after: onInvalid.id }).id;
    expect(store.getState().addNode("message", { after: jump }).after).toEqual({ nodeId: jump, exit: null });
    expect(store.getState().addNode("trigger", { after: jump }).after).toBeNull();
  });

  it("connects an exit to one target only and refuses self-loops and edges into triggers", () => {
    const store = createFlowEditorStore(starter());
    const q = store.getState().addNode("question").id;
    store.getState().connect({ source: "start", target: q, sourceHandle: null, targetHandle: null });
    expect(
      store
        .getState()
        .edges.filter((e) => e.source === "start")
        .map((e) => e.target),
    ).toEqual([q]);
    store.getState().connect({ source: q, target: q, sourceHandle: null, targetHandle: null });
    store.getState().connect({ source: q, target: "start", sourceHandle: null, targetHandle: null });
    expect(store.getState().edges.filter((e) => e.source === q)).toEqual([]);
    store.getState().connect({ source: q, target: "hello", sourceHandle: "invalid", targetHandle: null });
    expect(toFlowGraph(store.getState()).edges.find((e) => e.source === q)).toMatchObject({ sourceHandle: "invalid", target: "hello" });
  });

  it("drops connections from exits a node no longer has", () => {
    const store = createFlowEditorStore(starter());
    const q = store.getState().addNode("question", { after: "hello" }).id;
    store.getState().updateNodeData(q, { text: "Pick", variable: "pick", answerType: "choice", options: [{ id: "o1", label: "One" }], maxLength: 1000, errorText: "", maxRetries: 2 });
    store.getState().connect({ source: q, target: "hello", sourceHandle: "o1", targetHandle: null });
    expect(store.getState().edges.some((e) => e.sourceHandle === "o1")).toBe(true);
    store.getState().updateNodeData(q, { text: "Pick", variable: "pick", answerType: "choice", options: [], maxLength: 1000, errorText: "", maxRetries: 2 });
    expect(store.getState().edges.some((e) => e.sourceHandle === "o1")).toBe(false);
  });

  it("deletes a node with its connections and undoes the delete", () => {
    const store = createFlowEditorStore(starter());
    expect(countConnections(store.getState().edges, ["hello"])).toBe(1);
    store.getState().selectNode("hello");
    store.getState().deleteElements({ nodeIds: ["hello"] });
    expect(store.getState().nodes.map((n) => n.id)).toEqual(["start"]);
    expect(store.getState().edges).toEqual([]);
    expect(store.getState().selectedNodeId).toBeNull();
    store.getState().undoDelete();
    expect(store.getState().nodes.map((n) => n.id)).toEqual(["start", "hello"]);
    expect(store.getState().edges.map((e) => e.id)).toEqual(["e1"]);
    expect(store.getState().trash).toEqual([]);
  });

  it("round-trips to a graph the engine accepts and tracks saving", () => {
    const store = createFlowEditorStore(starter());
    const q = store.getState().addNode("question", { after: "hello" }).id;
    store.getState().updateNodeData(q, { text: "Your name?", variable: "name", answerType: "text", options: [], maxLength: 80, errorText: "", maxRetries: 2 });
    const graph = flowGraphSchema.parse(toFlowGraph(store.getState()));
    expect(validateFlow({ graph }).filter((i) => i.severity === "error")).toEqual([]);
    const { revision } = store.getState();
    store.getState().markSaved(revision);
    expect(store.getState().savedRevision).toBe(revision);
  });

  it("counts a finished drag as an edit, not each frame", () => {
    const store = createFlowEditorStore(starter());
    store.getState().onNodesChange([{ type: "position", id: "hello", position: { x: 5, y: 5 }, dragging: true }]);
    expect(store.getState().revision).toBe(0);
    store.getState().onNodesChange([{ type: "position", id: "hello", position: { x: 9, y: 9 }, dragging: false }]);
    expect(store.getState().revision).toBe(1);
    expect(toFlowGraph(store.getState()).nodes[1].position).toEqual({ x: 9, y: 9 });
  });
});
