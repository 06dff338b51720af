"use client";
import { useCallback, useEffect } from "react";
import { countConnections, type FlowEditorStore } from "./flow-editor-store";

// Delete / Backspace removes the selected steps and connections (asking first when steps are
// connected); Ctrl/Cmd+Z brings the last delete back. Keys typed into form fields are left alone.

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function useEditorKeys(store: FlowEditorStore, enabled: boolean) {
  const requestDelete = useCallback(
    (nodeIds: string[], edgeIds: string[] = []) => {
      const { edges, deleteElements } = store.getState();
      const links = countConnections(edges, nodeIds);
      if (nodeIds.length && links > 0) {
        const what = nodeIds.length === 1 ? "this step" : `these ${nodeIds.length} steps`;
        if (!window.confirm(`Delete ${what} and ${links} connection${links === 1 ? "" : "s"}? Undo brings them back (Ctrl+Z).`)) return;
      }
      deleteElements({ nodeIds, edgeIds });
    },
    [store],
  );

  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      if ((e.key === "Delete" || e.key === "Backspace") && !e.repeat) {
        const { nodes, edges } = store.getState();
        const nodeIds = nodes.filter((n) => n.selected).map((n) => n.id);
        const edgeIds = edges.filter((x) => x.selected).map((x) => x.id);
        if (nodeIds.length || edgeIds.length) {
          e.preventDefault();
          requestDelete(nodeIds, edgeIds);
        }
      } else if (e.key.toLowerCase() === "z" && (e.ctrlKey || e.metaKey) && !e.shiftKey) {
        e.preventDefault();
        store.getState().undoDelete();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, enabled, requestDelete]);

  return requestDelete;
}
