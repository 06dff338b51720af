"use client";
import { ReactFlowProvider } from "@xyflow/react";
import clsx from "clsx";
import { useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useStore } from "zustand";
import type { FlowGraph, RunnableFlow } from "@/lib/bots/client";
import { describeTriggerConflicts } from "@/lib/bots/client";
import { validateFlow } from "@/lib/bots/client";
import type { FlowRunError } from "@/lib/bots/client";
import type { ActionState } from "@/lib/safe-action";
import { EditorToolbar } from "./editor-toolbar";
import { FlowCanvas } from "./flow-canvas";
import { FlowEditorProvider, useNewFlowEditorStore } from "./flow-editor-context";
import { toFlowGraph } from "./flow-editor-store";
import { NodeInspector } from "./node-inspector";
import { PreviewPanel } from "./preview-panel";
import { RunErrorList } from "./run-error-list";
import { useAutosave } from "./use-autosave";
import { useEditorKeys } from "./use-editor-keys";
import { ValidationList } from "./validation-list";

// The flow editor: canvas, side panel (step form / problems / preview), autosave, publish.
// Server actions called directly (not as form actions): their previous state is never used.
type Action<T = unknown> = (prev: never, data: FormData) => Promise<ActionState<T>>;
export type FlowEditorProps = {
  org: string;
  botId: string;
  flowId: string;
  name: string;
  graph: FlowGraph;
  publishedVersion: number | null;
  otherFlows: { id: string; name: string }[];
  /** The bot's other flows at their published versions (the preview runs them too). */
  publishedFlows: RunnableFlow[];
  /** Every flow id of the bot (this one too) in the order the bot tries their triggers. */
  runOrder: string[];
  canEdit: boolean;
  backHref: string;
  /** What live conversations ran into in this flow's steps (HTTP request refused or failed...). */
  runErrors: FlowRunError[];
  actions: { save: Action<{ savedAt: string }>; publish: Action<{ version: number }>; revert: Action<{ graph: FlowGraph }>; rename: Action };
};
type Tab = "step" | "problems" | "preview";

const narrowQuery = "(max-width: 767px)";
const useNarrow = () =>
  useSyncExternalStore(
    (cb) => (window.matchMedia(narrowQuery).addEventListener("change", cb), () => window.matchMedia(narrowQuery).removeEventListener("change", cb)),
    () => window.matchMedia(narrowQuery).matches,
    () => false,
  );

export function FlowEditor(props: FlowEditorProps) {
  return (
    <ReactFlowProvider>
      <EditorShell {...props} />
    </ReactFlowProvider>
  );
}

function EditorShell({ org, botId, flowId, name, graph, otherFlows, publishedFlows, runOrder, canEdit, backHref, actions, runErrors, ...rest }: FlowEditorProps) {
  const store = useNewFlowEditorStore(graph);
  const narrow = useNarrow();
  const readOnly = !canEdit || narrow;
  const [tab, setTab] = useState<Tab>("step");
  useEffect(() => {
    if (narrow) setTab("preview");
  }, [narrow]);
  const [publishedVersion, setPublishedVersion] = useState(rest.publishedVersion);
  const [busy, setBusy] = useState<"publish" | "revert" | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; message: string; warn?: boolean } | null>(null);

  const fields = (extra: Record<string, string> = {}) => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ org, botId, flowId, ...extra })) data.append(k, v);
    return data;
  };
  const saveDraft = useCallback(
    async (g: FlowGraph) => {
      const res = await actions.save(null as never, fields({ graph: JSON.stringify(g) }));
      return res?.ok ? { ok: true as const } : { ok: false as const, message: res?.message ?? "Not saved." };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [actions.save, org, botId, flowId],
  );
  const { status, flush } = useAutosave(store, saveDraft, canEdit);
  const requestDelete = useEditorKeys(store, !readOnly);

  const nodes = useDeferredValue(useStore(store, (s) => s.nodes));
  const edges = useDeferredValue(useStore(store, (s) => s.edges));
  const settings = useStore(store, (s) => s.settings);
  const issues = useMemo(() => {
    const draft = toFlowGraph({ nodes, edges, settings });
    // Triggers this draft shares with the other published flows: which one the bot runs once it is published.
    const flows = runOrder.flatMap((id) => (id === flowId ? [{ id, version: 0, graph: draft }] : publishedFlows.filter((f) => f.id === id)));
    const names = Object.fromEntries([[flowId, name], ...otherFlows.map((f) => [f.id, f.name])]);
    const shared = describeTriggerConflicts({ flowId, flows, names }).map((c) => ({ ...c, severity: "warning" as const }));
    return [...validateFlow({ graph: draft, flowIds: [flowId, ...otherFlows.map((f) => f.id)] }), ...shared];
  }, [nodes, edges, settings, flowId, name, otherFlows, publishedFlows, runOrder]);
  const errorCount = issues.filter((i) => i.severity === "error").length;

  const publish = async () => {
    if (errorCount) return (setTab("problems"), setNotice({ ok: false, message: `Fix ${errorCount} problem${errorCount === 1 ? "" : "s"} before publishing.` }));
    setBusy("publish");
    setNotice(null);
    const res = (await flush()) ? await actions.publish(null as never, fields()) : { ok: false as const, message: "Save failed, so nothing was published. Try again." };
    setBusy(null);
    if (res?.ok && res.data) setPublishedVersion(res.data.version);
    setNotice({ ok: Boolean(res?.ok), message: res?.message ?? "" });
  };
  const revert = async () => {
    if (!window.confirm("Throw away the draft and go back to the published version?")) return;
    setBusy("revert");
    const res = await actions.revert(null as never, fields());
    setBusy(null);
    if (res?.ok && res.data) store.getState().replaceGraph(res.data.graph);
    setNotice({ ok: Boolean(res?.ok), message: res?.message ?? "" });
  };

  const tabs: [Tab, string][] = [
    ["step", "Step"],
    ["problems", `Problems (${issues.length + runErrors.length})`],
    ["preview", "Preview"],
  ];
  return (
    <FlowEditorProvider value={{ store, flowId, otherFlows, publishedFlows, issues, readOnly }}>
      <div className="flex flex-col bg-gray-50 md:fixed md:inset-y-0 md:left-60 md:right-0 md:z-10">
        <EditorToolbar
          backHref={backHref}
          name={name}
          publishedVersion={publishedVersion}
          save={status}
          errorCount={errorCount}
          busy={busy}
          readOnly={readOnly}
          onPublish={publish}
          onRevert={revert}
          onRename={(next) => actions.rename(null as never, fields({ name: next }))}
          onStepAdded={({ warn, message }) => setNotice({ ok: true, warn, message })}
        />
        {notice && (
          <p role={notice.ok ? "status" : "alert"} data-testid="editor-notice" className={clsx("px-4 py-2 text-sm", notice.warn ? "bg-amber-50 text-amber-900" : notice.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700")}>
            {notice.message}
          </p>
        )}
        {narrow && <p className="bg-amber-50 px-4 py-2 text-sm text-amber-900">Editing needs a wider screen. Here you can look around the flow and try it in the preview.</p>}
        {!canEdit && !narrow && <p className="bg-amber-50 px-4 py-2 text-sm text-amber-900">You can look at this flow; owners and admins can change it.</p>}
        <div className="flex min-h-0 flex-1 flex-col md:flex-row">
          <div className="h-[45vh] min-w-0 flex-none md:h-auto md:flex-1" data-testid="flow-canvas">
            <FlowCanvas />
          </div>
          <aside className="flex min-h-[60vh] w-full flex-col border-l border-gray-200 bg-white md:min-h-0 md:w-[380px]">
            <div role="tablist" aria-label="Side panel" className="flex border-b border-gray-200">
              {tabs.map(([key, label]) => (
                <button
                  key={key}
                  role="tab"
                  type="button"
                  aria-selected={tab === key}
                  onClick={() => setTab(key)}
                  className={clsx(
                    "-mb-px flex-1 border-b-2 px-3 py-2 text-sm font-medium",
                    tab === key ? "border-brand-600 text-brand-700" : "border-transparent text-gray-600 hover:text-gray-900",
                    key === "problems" && errorCount > 0 && tab !== key && "text-red-700",
                  )}
                >
                  {label}
                </button>
              ))}
            </div>
            <div className="min-h-0 flex-1 overflow-y-auto" role="tabpanel">
              {tab === "step" && <NodeInspector onDelete={(ids) => requestDelete(ids)} />}
              {tab === "problems" && (
                <>
                  <ValidationList onFocusNode={() => setTab("step")} />
                  <RunErrorList errors={runErrors} onFocusNode={() => setTab("step")} />
                </>
              )}
              <div className={clsx("h-full", tab !== "preview" && "hidden")}>
                <PreviewPanel />
              </div>
            </div>
          </aside>
        </div>
      </div>
    </FlowEditorProvider>
  );
}
