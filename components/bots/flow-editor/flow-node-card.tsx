"use client";
import { Handle, Position, useUpdateNodeInternals, type NodeProps } from "@xyflow/react";
import clsx from "clsx";
import { useEffect } from "react";
import { listNodeExits } from "@/lib/bots/client";
import { useEditorEnv } from "./flow-editor-context";
import type { EditorNode } from "./flow-editor-store";
import { nodeLabel, summarizeNode } from "./node-catalog";

// One card for every node type: its kind, what it does in a line, an input on the left (not for
// triggers) and one labelled output per exit on the right (listNodeExits). No text under 13 px:
// the canvas opens at READABLE_MIN_ZOOM at the smallest, where that is 12 px on screen.

const accent: Partial<Record<EditorNode["type"], string>> = {
  trigger: "border-l-emerald-500",
  message: "border-l-brand-500",
  question: "border-l-sky-500",
  condition: "border-l-amber-500",
  split: "border-l-amber-500",
  handoff: "border-l-rose-500",
};

export function FlowNodeCard(props: NodeProps) {
  const node = { id: props.id, type: props.type, data: props.data, position: { x: 0, y: 0 } } as unknown as EditorNode;
  const exits = listNodeExits(node);
  const exitKey = exits.map((x) => x.handle).join("|");
  const updateNodeInternals = useUpdateNodeInternals();
  useEffect(() => {
    updateNodeInternals(props.id);
  }, [exitKey, props.id, updateNodeInternals]);
  const issues = useEditorEnv().issues.filter((i) => i.nodeId === props.id);
  const hasError = issues.some((i) => i.severity === "error");
  return (
    <div
      data-testid={`flow-node-${props.id}`}
      className={clsx("w-56 rounded-md border border-l-4 bg-white text-left shadow-sm", accent[node.type] ?? "border-l-gray-400", props.selected ? "border-brand-500 ring-2 ring-brand-500/40" : hasError ? "border-red-300" : "border-gray-200")}
    >
      {node.type !== "trigger" && <Handle type="target" position={Position.Left} className="!h-3 !w-3 !bg-gray-400" />}
      <div className="flex items-center justify-between gap-2 px-3 pt-2">
        <span className="text-[13px] font-semibold uppercase tracking-wide text-gray-500">{nodeLabel(node.type)}</span>
        {hasError && (
          <span className="text-[13px] font-medium text-red-600" title={issues.map((i) => i.message).join("\n")}>
            needs work
          </span>
        )}
      </div>
      <p className="break-words px-3 pb-2 text-[15px] leading-snug text-gray-900">{summarizeNode(node)}</p>
      {exits.length > 0 && (
        <ul className="border-t border-gray-100 py-1">
          {exits.map((exit) => (
            <li key={exit.handle} className="relative px-3 py-0.5 text-right text-[13px] text-gray-600">
              {exit.label}
              <Handle id={exit.handle} type="source" position={Position.Right} className="!h-3 !w-3 !bg-brand-600" aria-label={`${exit.label} exit`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
