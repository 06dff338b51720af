"use client";
import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { AddStepMenu } from "./add-step-menu";
import type { ActionState } from "@/lib/safe-action";
import { useEditor } from "./flow-editor-context";
import { FlowName } from "./flow-name";
import type { SaveStatus } from "./use-autosave";

// The bar above the canvas: back, name, state, save indicator, undo, revert, publish.

const statusText: Record<SaveStatus["kind"], string> = { saved: "Saved", pending: "Unsaved changes", saving: "Saving…", error: "Not saved" };

export function EditorToolbar(props: {
  backHref: string;
  name: string;
  publishedVersion: number | null;
  save: SaveStatus;
  errorCount: number;
  busy: "publish" | "revert" | null;
  readOnly: boolean;
  onPublish: () => void;
  onRevert: () => void;
  onRename: (name: string) => Promise<ActionState>;
  onStepAdded: (notice: { warn: boolean; message: string }) => void;
}) {
  const canUndo = useEditor((s) => s.trash.length > 0);
  const undo = useEditor((s) => s.undoDelete);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-gray-200 bg-white px-4 py-2">
      <Link href={props.backHref} className="text-sm text-gray-600 hover:text-gray-900">
        ← Flows
      </Link>
      <FlowName name={props.name} rename={props.onRename} readOnly={props.readOnly} />
      {props.publishedVersion ? <Badge tone="green">Published v{props.publishedVersion}</Badge> : <Badge>Draft, never published</Badge>}
      <span role="status" data-testid="save-status" className={props.save.kind === "error" ? "text-xs text-red-700" : "text-xs text-gray-500"} title={props.save.kind === "error" ? props.save.message : undefined}>
        {statusText[props.save.kind]}
        {props.save.kind === "error" ? `: ${props.save.message}` : ""}
      </span>
      {!props.readOnly && (
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <AddStepMenu onAdded={props.onStepAdded} />
          {canUndo && (
            <Button type="button" variant="secondary" className="px-3 py-1.5" onClick={undo} title="Ctrl+Z">
              Undo delete
            </Button>
          )}
          {props.publishedVersion && (
            <Button type="button" variant="secondary" className="px-3 py-1.5" disabled={props.busy !== null} onClick={props.onRevert}>
              {props.busy === "revert" ? "Reverting…" : "Revert to published"}
            </Button>
          )}
          <Button type="button" className="px-3 py-1.5" disabled={props.busy !== null} aria-busy={props.busy === "publish"} onClick={props.onPublish} title={props.errorCount ? `${props.errorCount} problem(s) to fix first` : undefined}>
            {props.busy === "publish" ? "Publishing…" : "Publish"}
          </Button>
        </div>
      )}
    </div>
  );
}
