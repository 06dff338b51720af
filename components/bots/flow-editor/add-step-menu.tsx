"use client";
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { FlowNodeType } from "@/lib/bots/flow-engine/types";
import { useEditor } from "./flow-editor-context";
import { nodeCatalog } from "./node-catalog";

// The palette: every node type of the engine. With a step selected, the new one goes after it
// and is connected to its first free exit; otherwise it lands in the middle of the view.

const groups = [...new Set(nodeCatalog.map((e) => e.group))];

export function AddStepMenu() {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const addNode = useEditor((s) => s.addNode);
  const selected = useEditor((s) => s.selectedNodeId);
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
    const id = addNode(type, selected && type !== "trigger" ? { after: selected } : { position: center });
    requestAnimationFrame(() => void flow.fitView({ nodes: [{ id }], maxZoom: 1, duration: 300, padding: 1 }));
  };

  return (
    <div ref={box} className="relative">
      <Button type="button" aria-expanded={open} aria-haspopup="menu" onClick={() => setOpen((o) => !o)} className="px-3 py-1.5">
        + Add step
      </Button>
      {open && (
        <div role="menu" aria-label="Add step" className="absolute left-0 z-20 mt-1 max-h-[70vh] w-72 overflow-y-auto rounded-md border border-gray-200 bg-white p-2 shadow-lg">
          {selected && <p className="px-2 pb-1 text-xs text-gray-500">Added after the selected step.</p>}
          {groups.map((group) => (
            <div key={group} className="py-1">
              <p className="px-2 text-[11px] font-semibold uppercase tracking-wide text-gray-400">{group}</p>
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
