"use client";
import { Background, Controls, MiniMap, ReactFlow, useNodesInitialized, useReactFlow, useStore as useFlowStore, type NodeTypes } from "@xyflow/react";
import { useEffect, useRef } from "react";
import "@xyflow/react/dist/style.css";
import { useEditor, useEditorEnv } from "./flow-editor-context";
import { FlowNodeCard } from "./flow-node-card";
import { openingViewport } from "./opening-viewport";

// The canvas. Deleting is the editor's job (keyboard handler with confirmation and undo), so
// xyflow's own delete key is off.
const nodeTypes: NodeTypes = Object.fromEntries(["trigger", "message", "question", "condition", "setVariable", "tag", "delay", "http", "jump", "split", "handoff", "events", "booking"].map((t) => [t, FlowNodeCard]));

export function FlowCanvas() {
  const { readOnly } = useEditorEnv();
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);
  const connect = useEditor((s) => s.connect);
  const selectNode = useEditor((s) => s.selectNode);
  // Open on the flow once the cards have their real sizes and the canvas its own (openingViewport:
  // the whole flow at a readable zoom, or its start when it is too big for that).
  const initialized = useNodesInitialized();
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const opened = useRef(false);
  const { getNodesBounds, setViewport } = useReactFlow();
  useEffect(() => {
    if (!initialized || !width || !height || opened.current) return;
    opened.current = true;
    if (nodes.length) void setViewport(openingViewport({ bounds: getNodesBounds(nodes.map((n) => n.id)), width, height }));
  }, [initialized, width, height, nodes, getNodesBounds, setViewport]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={connect}
      onNodeClick={(_, node) => selectNode(node.id)}
      onPaneClick={() => selectNode(null)}
      deleteKeyCode={null}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      defaultEdgeOptions={{ type: "smoothstep" }}
      minZoom={0.2}
    >
      <Background gap={20} />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable className="!hidden lg:!block" />
    </ReactFlow>
  );
}
