"use client";
import { Background, Controls, MiniMap, ReactFlow, type NodeTypes } from "@xyflow/react";
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
      fitView
      fitViewOptions={{ maxZoom: 1, padding: 0.2 }}
      minZoom={0.2}
    >
      <Background gap={20} />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable className="!hidden lg:!block" />
    </ReactFlow>
  );
}
