"use client";
import { Background, Controls, MiniMap, ReactFlow, useNodesInitialized, useReactFlow, type NodeTypes } from "@xyflow/react";
import { useEffect, useRef } from "react";
import "@xyflow/react/dist/style.css";
import { useEditor, useEditorEnv } from "./flow-editor-context";
import { FlowNodeCard } from "./flow-node-card";

// The canvas. Deleting is the editor's job (keyboard handler with confirmation and undo), so
// xyflow's own delete key is off.
const nodeTypes: NodeTypes = Object.fromEntries(
  ["trigger", "message", "question", "condition", "setVariable", "tag", "delay", "http", "jump", "split", "handoff", "events", "booking"].map((t) => [t, FlowNodeCard]),
);

export function FlowCanvas() {
  const { readOnly } = useEditorEnv();
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);
  const connect = useEditor((s) => s.connect);
  const selectNode = useEditor((s) => s.selectNode);
  // Fit once the cards have their real sizes (the layout settles after the first paint).
  const initialized = useNodesInitialized();
  const fitted = useRef(false);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (!initialized || fitted.current) return;
    fitted.current = true;
    requestAnimationFrame(() => void fitView({ maxZoom: 1, padding: 0.2 }));
  }, [initialized, fitView]);
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
