import { addEdge, applyEdgeChanges, applyNodeChanges, type Connection, type Edge, type EdgeChange, type NodeChange } from "@xyflow/react";
import { createStore } from "zustand/vanilla";
import { listNodeExits, type NodeExit } from "@/lib/bots/client";
import type { FlowGraph, FlowNode, FlowNodeType } from "@/lib/bots/client";
import { defaultNodeData, shortId } from "./node-catalog";

// The editor's state: the draft graph in xyflow's shape, the selection, a revision counter for
// autosave (dirty = revision !== savedRevision) and a trash of the last deletes for undo.

export type EditorNode = FlowNode & { selected?: boolean; dragging?: boolean; measured?: { width?: number; height?: number } };
export type EditorEdge = Edge;
type Trash = { nodes: EditorNode[]; edges: EditorEdge[] };

export type FlowEditorState = {
  nodes: EditorNode[];
  edges: EditorEdge[];
  settings: FlowGraph["settings"];
  selectedNodeId: string | null;
  revision: number;
  savedRevision: number;
  trash: Trash[];
  onNodesChange: (changes: NodeChange<EditorNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<EditorEdge>[]) => void;
  connect: (connection: Connection) => void;
  addNode: (type: FlowNodeType, options?: { position?: { x: number; y: number }; after?: string | null }) => AddedStep;
  updateNodeData: (id: string, data: FlowNode["data"]) => void;
  deleteElements: (ids: { nodeIds?: string[]; edgeIds?: string[] }) => void;
  undoDelete: () => void;
  selectNode: (id: string | null) => void;
  markSaved: (revision: number) => void;
  replaceGraph: (graph: FlowGraph) => void;
};

/** What "Add step" did: the new step's id and, when it went after a selected step, which exit it hangs on (null: none was free). */
export type AddedStep = { id: string; after: { nodeId: string; exit: NodeExit | null } | null };

const MAX_TRASH = 20;
const handleOf = (edge: { sourceHandle?: string | null }) => edge.sourceHandle || "next";
const toEdges = (graph: FlowGraph): EditorEdge[] => graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, sourceHandle: e.sourceHandle ?? null }));

/** The graph to save: only what the engine's schema knows. */
export function toFlowGraph(state: Pick<FlowEditorState, "nodes" | "edges" | "settings">): FlowGraph {
  return {
    nodes: state.nodes.map(({ id, type, position, data }) => ({ id, type, position: { x: Math.round(position.x), y: Math.round(position.y) }, data }) as FlowNode),
    edges: state.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, ...(e.sourceHandle && e.sourceHandle !== "next" ? { sourceHandle: e.sourceHandle } : {}) })),
    settings: state.settings,
  };
}

/** How many connections the given nodes have: deleting connected nodes asks first. */
export function countConnections(edges: EditorEdge[], nodeIds: string[]): number {
  return edges.filter((e) => nodeIds.includes(e.source) || nodeIds.includes(e.target)).length;
}

/** The selected step's first exit with nothing connected (in the card's order), or null when every exit is taken or it has none. */
export function chooseFreeExit(node: FlowNode, edges: Pick<EditorEdge, "source" | "sourceHandle">[]): NodeExit | null {
  return listNodeExits(node).find((x) => !edges.some((e) => e.source === node.id && handleOf(e) === x.handle)) ?? null;
}

/** The spot itself, or the first one below it that no card covers. */
function freeSpot(nodes: EditorNode[], at: { x: number; y: number }) {
  const spot = { ...at };
  while (nodes.some((n) => Math.abs(n.position.x - spot.x) < 240 && Math.abs(n.position.y - spot.y) < 110)) spot.y += 130;
  return spot;
}

export function createFlowEditorStore(graph: FlowGraph) {
  return createStore<FlowEditorState>()((set, get) => {
    const change = (patch: Partial<FlowEditorState>) => set((s) => ({ ...patch, revision: s.revision + 1 }));
    return {
      nodes: graph.nodes,
      edges: toEdges(graph),
      settings: graph.settings,
      selectedNodeId: null,
      revision: 0,
      savedRevision: 0,
      trash: [],
      onNodesChange: (changes) => {
        const nodes = applyNodeChanges(
          changes.filter((c) => c.type !== "remove" && c.type !== "add"),
          get().nodes,
        );
        // A drag counts as an edit once, when it ends.
        const moved = changes.some((c) => c.type === "position" && c.dragging === false);
        const selected = changes.find((c) => c.type === "select" && c.selected);
        const patch: Partial<FlowEditorState> = { nodes, ...(selected && selected.type === "select" ? { selectedNodeId: selected.id } : {}) };
        if (moved) change(patch);
        else set(patch);
      },
      onEdgesChange: (changes) =>
        set({
          edges: applyEdgeChanges(
            changes.filter((c) => c.type === "select"),
            get().edges,
          ),
        }),
      connect: ({ source, target, sourceHandle }) => {
        const { nodes, edges } = get();
        if (!source || !target || source === target) return;
        const targetNode = nodes.find((n) => n.id === target);
        if (!nodes.some((n) => n.id === source) || !targetNode || targetNode.type === "trigger") return;
        const handle = sourceHandle || "next";
        // One exit leads to one place: a new connection from an exit replaces the old one.
        const kept = edges.filter((e) => !(e.source === source && handleOf(e) === handle));
        change({ edges: addEdge({ id: shortId("e"), source, target, sourceHandle: handle === "next" ? null : handle, targetHandle: null }, kept) });
      },
      addNode: (type, { position, after } = {}) => {
        const { nodes, edges } = get();
        const id = shortId(type === "setVariable" ? "set" : type);
        const anchor = after ? nodes.find((n) => n.id === after) : undefined;
        const at = freeSpot(nodes, position ?? (anchor ? { x: anchor.position.x + 300, y: anchor.position.y } : { x: 0, y: 0 }));
        const node = { id, type, position: at, data: defaultNodeData(type), selected: true } as EditorNode;
        change({ nodes: [...nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node], selectedNodeId: id });
        if (!anchor || type === "trigger") return { id, after: null };
        const free = chooseFreeExit(anchor, edges);
        if (free) get().connect({ source: anchor.id, target: id, sourceHandle: free.handle, targetHandle: null });
        return { id, after: { nodeId: anchor.id, exit: free } };
      },
      updateNodeData: (id, data) => {
        const { nodes, edges } = get();
        const updated = nodes.map((n) => (n.id === id ? ({ ...n, data } as EditorNode) : n));
        const node = updated.find((n) => n.id === id);
        if (!node) return;
        // Connections from exits the node no longer has (a removed button or option) go too.
        const exits = new Set(listNodeExits(node).map((x) => x.handle));
        change({ nodes: updated, edges: edges.filter((e) => e.source !== id || exits.has(handleOf(e))) });
      },
      deleteElements: ({ nodeIds = [], edgeIds = [] }) => {
        const { nodes, edges, trash, selectedNodeId } = get();
        const removedNodes = nodes.filter((n) => nodeIds.includes(n.id));
        const removedEdges = edges.filter((e) => edgeIds.includes(e.id) || nodeIds.includes(e.source) || nodeIds.includes(e.target));
        if (!removedNodes.length && !removedEdges.length) return;
        change({
          nodes: nodes.filter((n) => !nodeIds.includes(n.id)),
          edges: edges.filter((e) => !removedEdges.includes(e)),
          trash: [...trash, { nodes: removedNodes, edges: removedEdges }].slice(-MAX_TRASH),
          selectedNodeId: selectedNodeId && nodeIds.includes(selectedNodeId) ? null : selectedNodeId,
        });
      },
      undoDelete: () => {
        const { nodes, edges, trash } = get();
        const last = trash.at(-1);
        if (!last) return;
        const restoredNodes = [...nodes, ...last.nodes.filter((n) => !nodes.some((m) => m.id === n.id)).map((n) => ({ ...n, selected: false }))];
        const exists = (id: string) => restoredNodes.some((n) => n.id === id);
        const taken = (e: EditorEdge) => edges.some((x) => x.source === e.source && handleOf(x) === handleOf(e));
        const restoredEdges = last.edges.filter((e) => exists(e.source) && exists(e.target) && !taken(e)).map((e) => ({ ...e, selected: false }));
        change({ nodes: restoredNodes, edges: [...edges, ...restoredEdges], trash: trash.slice(0, -1) });
      },
      selectNode: (id) => set((s) => ({ selectedNodeId: id, nodes: s.nodes.map((n) => (n.selected === (n.id === id) ? n : { ...n, selected: n.id === id })) })),
      markSaved: (revision) => set({ savedRevision: revision }),
      replaceGraph: (next) => set((s) => ({ nodes: next.nodes, edges: toEdges(next), settings: next.settings, selectedNodeId: null, trash: [], revision: s.revision + 1, savedRevision: s.revision + 1 })),
    };
  });
}

export type FlowEditorStore = ReturnType<typeof createFlowEditorStore>;
