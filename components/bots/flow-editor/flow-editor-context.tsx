"use client";
import { createContext, useContext, useState } from "react";
import { useStore } from "zustand";
import type { FlowIssue } from "@/lib/bots/client";
import type { FlowGraph, RunnableFlow } from "@/lib/bots/client";
import { createFlowEditorStore, type FlowEditorState, type FlowEditorStore } from "./flow-editor-store";

// One store per open flow, plus what the forms need to know about the bot (other flows for jumps)
// and the current validation issues.

export type EditorEnv = { store: FlowEditorStore; flowId: string; otherFlows: { id: string; name: string }[]; publishedFlows: RunnableFlow[]; issues: FlowIssue[]; readOnly: boolean };

const EditorContext = createContext<EditorEnv | null>(null);

export function useEditorEnv(): EditorEnv {
  const env = useContext(EditorContext);
  if (!env) throw new Error("useEditorEnv outside FlowEditorProvider");
  return env;
}

export function useEditor<T>(selector: (state: FlowEditorState) => T): T {
  return useStore(useEditorEnv().store, selector);
}

export function useNewFlowEditorStore(graph: FlowGraph): FlowEditorStore {
  const [store] = useState(() => createFlowEditorStore(graph));
  return store;
}

export const FlowEditorProvider = EditorContext.Provider;
