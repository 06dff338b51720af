"use client";
import { useEditorEnv } from "../flow-editor-context";
import { ListControl, NumberControl, SelectControl, TextControl, WordsControl } from "../form-controls";
import { shortId } from "../node-catalog";
import { FormattedTextControl } from "./formatted-text-control";
import type { NodeFormProps } from "./form-props";

// The small node forms: set variable, tag, delay, jump, A/B split, hand-off, events, booking.

const operationOptions = [
  ["set", "Set to"],
  ["increment", "Increase by"],
  ["clear", "Clear"],
] as const;
const actionOptions = [
  ["add", "Add tags"],
  ["remove", "Remove tags"],
] as const;
const unitOptions = [
  ["minutes", "minutes"],
  ["hours", "hours"],
  ["days", "days"],
] as const;

export function SetVariableForm({ data, set, errors }: NodeFormProps<"setVariable">) {
  return (
    <div className="space-y-3">
      <TextControl label="Variable" name="variable" value={data.variable} error={errors.variable} onChange={(variable) => set({ ...data, variable })} />
      <SelectControl label="Operation" name="operation" value={data.operation} options={operationOptions} onChange={(operation) => set({ ...data, operation })} />
      {data.operation !== "clear" && <TextControl label={data.operation === "set" ? "Value" : "By"} name="value" value={data.value} hint="May use {{variables}}" onChange={(value) => set({ ...data, value })} />}
    </div>
  );
}

export function TagForm({ data, set, errors }: NodeFormProps<"tag">) {
  return (
    <div className="space-y-3">
      <SelectControl label="Action" name="action" value={data.action} options={actionOptions} onChange={(action) => set({ ...data, action })} />
      <WordsControl label="Tags" name="tags" value={data.tags} error={errors.tags} onChange={(tags) => set({ ...data, tags })} />
    </div>
  );
}

export function DelayForm({ data, set }: NodeFormProps<"delay">) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <NumberControl label="Wait" name="amount" value={data.amount} min={1} max={1000} onChange={(amount) => set({ ...data, amount: amount ?? 1 })} />
      <SelectControl label="Unit" name="unit" value={data.unit} options={unitOptions} onChange={(unit) => set({ ...data, unit })} />
    </div>
  );
}

export function JumpForm({ data, set, errors }: NodeFormProps<"jump">) {
  const flows = useEditorEnv().otherFlows;
  return (
    <SelectControl
      label="Continue in flow"
      name="flowId"
      value={data.flowId}
      error={errors.flowId}
      hint={flows.length ? "The conversation goes on in that flow's published version." : "This bot has no other flow yet."}
      options={[["", "Choose a flow…"] as const, ...flows.map((f) => [f.id, f.name] as const)]}
      onChange={(flowId) => set({ flowId })}
    />
  );
}

export function SplitForm({ data, set, errors }: NodeFormProps<"split">) {
  return (
    <div className="space-y-3">
      <ListControl label="Branches" error={errors.branches} items={data.branches} max={10} addLabel="Add branch" make={() => ({ id: shortId("br"), label: "", weight: 50 })} onChange={(branches) => set({ ...data, branches })}>
        {(b, update) => (
          <div className="grid grid-cols-2 gap-2">
            <TextControl label="Label" name={`branch-${b.id}`} value={b.label} onChange={(label) => update({ ...b, label })} />
            <NumberControl label="Weight" name={`weight-${b.id}`} value={b.weight} min={0} max={1000} onChange={(weight) => update({ ...b, weight: weight ?? 0 })} />
          </div>
        )}
      </ListControl>
      <TextControl label="Remember the branch in (optional)" name="variable" value={data.variable ?? ""} error={errors.variable} onChange={(v) => set({ ...data, variable: v.trim() ? v : undefined })} />
    </div>
  );
}

export function HandoffForm({ data, set }: NodeFormProps<"handoff">) {
  return (
    <div className="space-y-3">
      <FormattedTextControl label="Message to the subscriber" name="text" value={data.text} onChange={(text) => set({ ...data, text })} />
      <TextControl label="Note for the team (inbox)" name="note" value={data.note} multiline onChange={(note) => set({ ...data, note })} />
    </div>
  );
}

export function EventsForm({ data, set }: NodeFormProps<"events">) {
  return (
    <div className="space-y-3">
      <FormattedTextControl label="Text above the list" name="text" value={data.text} onChange={(text) => set({ ...data, text })} />
      <NumberControl label="Events to list" name="limit" value={data.limit} min={1} max={10} onChange={(limit) => set({ ...data, limit: limit ?? 5 })} />
    </div>
  );
}

export function BookingForm({ data, set }: NodeFormProps<"booking">) {
  return (
    <div className="space-y-3">
      <FormattedTextControl label="Text with the link" name="text" value={data.text} onChange={(text) => set({ ...data, text })} />
      <TextControl label="Service (optional)" name="serviceSlug" value={data.serviceSlug ?? ""} hint="A service's slug; empty: the booking page with all services" onChange={(v) => set({ ...data, serviceSlug: v.trim() ? v : undefined })} />
    </div>
  );
}
