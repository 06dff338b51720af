"use client";
import { Button } from "@/components/ui/button";
import type { ComponentType } from "react";
import type { FlowNode, FlowNodeType } from "@/lib/bots/client";
import { useEditor, useEditorEnv } from "./flow-editor-context";
import { fieldIssues } from "./issue-fields";
import { nodeCatalog, nodeLabel } from "./node-catalog";
import { BookingForm, DelayForm, EventsForm, HandoffForm, JumpForm, SetVariableForm, SplitForm, TagForm } from "./node-forms/action-forms";
import { ConditionForm } from "./node-forms/condition-form";
import { HttpForm } from "./node-forms/http-form";
import { MessageForm } from "./node-forms/message-form";
import { QuestionForm } from "./node-forms/question-form";
import type { NodeFormProps } from "./node-forms/form-props";
import { TriggerForm } from "./node-forms/trigger-form";

// The side panel for the selected node: its form, its issues, delete.

export function NodeInspector({ onDelete }: { onDelete: (nodeIds: string[]) => void }) {
  const { issues, readOnly } = useEditorEnv();
  const node = useEditor((s) => s.nodes.find((n) => n.id === s.selectedNodeId));
  const updateNodeData = useEditor((s) => s.updateNodeData);
  if (!node) {
    return (
      <div className="space-y-2 p-4 text-sm text-gray-600">
        <p className="font-medium text-gray-900">No step selected</p>
        <p>Click a step on the canvas to edit it, or add one with “Add step”. Drag from an exit (the dots on the right of a step) to another step to connect them.</p>
      </div>
    );
  }
  const { byField, rest } = fieldIssues(
    node.type,
    issues.filter((i) => i.nodeId === node.id),
  );
  const set = (data: FlowNode["data"]) => updateNodeData(node.id, data);
  return (
    <div className="space-y-4 p-4">
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 className="text-base font-semibold text-gray-900">{nodeLabel(node.type)}</h2>
          <p className="text-xs text-gray-500">{nodeCatalog.find((e) => e.type === node.type)?.hint}</p>
        </div>
        {!readOnly && (
          <Button type="button" variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => onDelete([node.id])}>
            Delete step
          </Button>
        )}
      </div>
      {rest.length > 0 && (
        <ul className="space-y-1 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900" role="status">
          {rest.map((i) => (
            <li key={i.message}>{i.message}</li>
          ))}
        </ul>
      )}
      <fieldset disabled={readOnly} key={node.id} className="min-w-0">
        <NodeForm node={node} set={set} errors={byField} />
      </fieldset>
    </div>
  );
}

const forms: { [K in FlowNodeType]: ComponentType<NodeFormProps<K>> } = {
  trigger: TriggerForm,
  message: MessageForm,
  question: QuestionForm,
  condition: ConditionForm,
  setVariable: SetVariableForm,
  tag: TagForm,
  delay: DelayForm,
  http: HttpForm,
  jump: JumpForm,
  split: SplitForm,
  handoff: HandoffForm,
  events: EventsForm,
  booking: BookingForm,
};

function NodeForm({ node, set, errors }: { node: FlowNode; set: (data: FlowNode["data"]) => void; errors: Record<string, string> }) {
  const Form = forms[node.type] as ComponentType<{ data: FlowNode["data"]; set: (data: FlowNode["data"]) => void; errors: Record<string, string> }>;
  return <Form data={node.data} set={set} errors={errors} />;
}
