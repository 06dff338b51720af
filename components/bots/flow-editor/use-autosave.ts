"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useStore } from "zustand";
import type { FlowGraph } from "@/lib/bots/client";
import { toFlowGraph, type FlowEditorStore } from "./flow-editor-store";

// Saves the draft a moment after the last change; one save at a time, the newest graph wins.
// Nothing is lost: leaving the page (reload, close, or a link) with unsaved changes asks first.

export type SaveStatus = { kind: "saved" } | { kind: "pending" } | { kind: "saving" } | { kind: "error"; message: string };
type SaveDraft = (graph: FlowGraph) => Promise<{ ok: true } | { ok: false; message: string }>;

const DEBOUNCE_MS = 800;

export function useAutosave(store: FlowEditorStore, saveDraft: SaveDraft, enabled: boolean) {
  const revision = useStore(store, (s) => s.revision);
  const savedRevision = useStore(store, (s) => s.savedRevision);
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved" });
  const inFlight = useRef<Promise<boolean> | null>(null);

  const flush = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    const state = store.getState();
    if (state.revision === state.savedRevision) return true;
    const rev = state.revision;
    setStatus({ kind: "saving" });
    inFlight.current = saveDraft(toFlowGraph(state)).then(
      (res) => {
        if (!res.ok) return (setStatus({ kind: "error", message: res.message }), false);
        store.getState().markSaved(rev);
        setStatus(store.getState().revision === rev ? { kind: "saved" } : { kind: "pending" });
        return true;
      },
      () => (setStatus({ kind: "error", message: "Could not reach the server. Your changes are kept here; we will retry." }), false),
    );
    try {
      return await inFlight.current;
    } finally {
      inFlight.current = null;
    }
  }, [store, saveDraft]);

  const dirty = revision !== savedRevision;
  useEffect(() => {
    if (!enabled || !dirty) return;
    setStatus((s) => (s.kind === "error" ? s : { kind: "pending" }));
    const timer = setTimeout(() => void flush(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [enabled, dirty, revision, flush]);

  // Retry a failed save every few seconds while there is something to save.
  useEffect(() => {
    if (status.kind !== "error" || !dirty) return;
    const timer = setTimeout(() => void flush(), 5000);
    return () => clearTimeout(timer);
  }, [status, dirty, flush]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const onLinkClick = (e: MouseEvent) => {
      const link = (e.target as HTMLElement | null)?.closest?.("a[href]");
      if (link && !link.hasAttribute("download") && !window.confirm("Your last changes are not saved yet. Leave anyway?")) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onLinkClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onLinkClick, true);
    };
  }, [dirty]);

  return { status: dirty || status.kind !== "saved" ? status : ({ kind: "saved" } as SaveStatus), flush, dirty };
}
