"use client";
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { listNodeExits, type NodeExit } from "@/lib/bots/client";
import type { FlowNodeType } from "@/lib/bots/client";
import { useEditor } from "./flow-editor-context";
import { chooseFreeExit } from "./flow-editor-store";
import { nodeCatalog, nodeLabel } from "./node-catalog";

// The palette: every node type of the engine. With a step selected, the new one goes after it
// and is connected to its first free exit; when none is free it is placed beside it, unconnected,
// and `onAdded` says so (and where it went). Without a selection it lands in the middle of the view.

const groups = [...new Set(nodeCatalog.map((e) => e.group))];

/** What the editor tells the user after "Add step" with a step selected. */
export function describeAddedStep({ label, exit, hasExits }: { label: string; exit: NodeExit | null; hasExits: boolean }): { warn: boolean; message: string } {
  if (exit) return { warn: false, message: `${label} step added after the selected step, on its “${exit.label}” exit.` };
  const why = hasExits ? "every exit of the selected step is already connected" : "the selected step has no exits";
  return { warn: true, message: `The new ${label} step is not connected: ${why}. It is placed next to the selected step; drag from an exit to connect it.` };
}

export function AddStepMenu({ onAdded }: { onAdded: (notice: { warn: boolean; message: string }) => void }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const addNode = useEditor((s) => s.addNode);
  const nodes = useEditor((s) => s.nodes);
  const selected = useEditor((s) => s.selectedNodeId);
  const selectedNode = useEditor((s) => s.nodes.find((n) => n.id === s.selectedNodeId));
  const edges = useEditor((s) => s.edges);
  const freeExit = selectedNode ? chooseFreeExit(selectedNode, edges) : null;
  const flow = useReactFlow();
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => (document.removeEventListener("mousedown", close), document.removeEventListener("keydown", close));
  }, [open]);

  const add = (type: FlowNodeType) => {
    setOpen(false);
    const rect = document.querySelector(".react-flow")?.getBoundingClientRect();
    const center = rect ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2 - 110, y: rect.top + rect.height / 2 - 40 }) : undefined;
    const { id, after } = addNode(type, selected && type !== "trigger" ? { after: selected } : { position: center });
    const anchor = after ? nodes.find((n) => n.id === after.nodeId) : undefined;
    if (after && anchor) onAdded(describeAddedStep({ label: nodeLabel(type), exit: after.exit, hasExits: listNodeExits(anchor).length > 0 }));
    requestAnimationFrame(() => void flow.fitView({ nodes: [{ id }], maxZoom: 1, duration: 300, padding: 1 }));
  };

  return (
    <div ref={box} className="relative">
      <Button type="button" aria-expanded={open} aria-haspopup="menu" onClick={() => setOpen((o) => !o)} className="px-3 py-1.5">
        + Add step
      </Button>
      {open && (
        <div role="menu" aria-label="Add step" className="absolute left-0 z-20 mt-1 max-h-[70vh] w-72 overflow-y-auto rounded-md border border-gray-200 bg-white p-2 shadow-lg">
          {selectedNode && (
            <p className={freeExit ? "px-2 pb-1 text-xs text-gray-500" : "px-2 pb-1 text-xs text-amber-800"}>
              {freeExit ? `Goes after the selected step, on its “${freeExit.label}” exit.` : "The selected step has no free exit: the new step will not be connected."} Triggers are placed on their own.
            </p>
          )}
          {groups.map((group) => (
            <div key={group} className="py-1">
              <p className="px-2 text-xs font-semibold uppercase tracking-wide text-gray-500">{group}</p>
              {nodeCatalog
                .filter((e) => e.group === group)
                .map((entry) => (
                  <button key={entry.type} type="button" role="menuitem" onClick={() => add(entry.type)} className="block w-full rounded px-2 py-1.5 text-left hover:bg-brand-50">
                    <span className="block text-sm font-medium text-gray-900">{entry.label}</span>
                    <span className="block text-xs text-gray-500">{entry.hint}</span>
                  </button>
                ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
