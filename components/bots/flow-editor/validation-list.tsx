"use client";
import { useReactFlow } from "@xyflow/react";
import type { ReactNode } from "react";
import { useEditor, useEditorEnv } from "./flow-editor-context";
import { nodeLabel } from "./node-catalog";

/** Selects a step and brings it into view (a problem or a run error was clicked). */
export function useFocusNode(onFocusNode: () => void) {
  const selectNode = useEditor((s) => s.selectNode);
  const flow = useReactFlow();
  return (nodeId: string) => {
    selectNode(nodeId);
    void flow.fitView({ nodes: [{ id: nodeId }], maxZoom: 1, duration: 300, padding: 1 });
    onFocusNode();
  };
}

/** One row of a list about steps: a button that focuses the step when it still exists. */
export function StepRow({ nodeId, onFocus, children }: { nodeId: string | undefined; onFocus: (nodeId: string) => void; children: ReactNode }) {
  return (
    <li>
      {nodeId ? (
        <button type="button" className="block w-full px-4 py-2 text-left hover:bg-gray-50" onClick={() => onFocus(nodeId)}>
          {children}
        </button>
      ) : (
        <div className="px-4 py-2">{children}</div>
      )}
    </li>
  );
}

// validateFlow's issues; clicking one selects its step and brings it into view.
export function ValidationList({ onFocusNode }: { onFocusNode: () => void }) {
  const { issues } = useEditorEnv();
  const nodes = useEditor((s) => s.nodes);
  const focus = useFocusNode(onFocusNode);
  if (issues.length === 0) {
    return <p className="p-4 text-sm text-green-800">The draft has no problems: it is ready to publish.</p>;
  }
  return (
    <ul className="divide-y divide-gray-100" aria-label="Problems">
      {issues.map((issue, i) => {
        const node = issue.nodeId ? nodes.find((n) => n.id === issue.nodeId) : undefined;
        return (
          <StepRow key={i} nodeId={node?.id} onFocus={focus}>
            <span className={issue.severity === "error" ? "text-xs font-semibold text-red-700" : "text-xs font-semibold text-amber-700"}>
              {issue.severity === "error" ? "Error" : "Warning"}
              {node ? ` · ${nodeLabel(node.type)}` : ""}
            </span>
            <span className="block text-sm text-gray-800">{issue.message}</span>
          </StepRow>
        );
      })}
    </ul>
  );
}
