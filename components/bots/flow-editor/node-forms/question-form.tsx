"use client";
import type { ChoiceOption } from "@/lib/bots/client";
import { ListControl, NumberControl, SelectControl, TextControl } from "../form-controls";
import { shortId } from "../node-catalog";
import { FormattedTextControl } from "./formatted-text-control";
import type { NodeFormProps } from "./form-props";

const answerTypes = [
  ["text", "Free text"],
  ["email", "Email"],
  ["phone", "Phone number"],
  ["number", "Number"],
  ["choice", "Choice (buttons)"],
] as const;

export function QuestionForm({ data, set, errors }: NodeFormProps<"question">) {
  return (
    <div className="space-y-3">
      <FormattedTextControl label="Question" name="text" value={data.text} error={errors.text} onChange={(text) => set({ ...data, text })} />
      <SelectControl label="Answer type" name="answerType" value={data.answerType} options={answerTypes} onChange={(answerType) => set({ ...data, answerType })} />
      <TextControl label="Save the answer in variable" name="variable" value={data.variable} placeholder="email" error={errors.variable} hint="Letters, digits and _; use it in texts as {{name}}" onChange={(variable) => set({ ...data, variable })} />
      {data.answerType === "choice" && (
        <ListControl<ChoiceOption> label="Options" error={errors.options} items={data.options} max={20} addLabel="Add option" make={() => ({ id: shortId("opt"), label: "" })} onChange={(options) => set({ ...data, options })}>
          {(o, update) => <TextControl label="Option label" name={`option-${o.id}`} value={o.label} onChange={(label) => update({ ...o, label })} />}
        </ListControl>
      )}
      {data.answerType === "number" && (
        <div className="grid grid-cols-2 gap-2">
          <NumberControl label="Minimum" name="min" optional value={data.min} error={errors.min} onChange={(min) => set({ ...data, min })} />
          <NumberControl label="Maximum" name="max" optional value={data.max} onChange={(max) => set({ ...data, max })} />
        </div>
      )}
      {data.answerType === "text" && <NumberControl label="Longest answer (characters)" name="maxLength" value={data.maxLength} min={1} max={4096} onChange={(maxLength) => set({ ...data, maxLength: maxLength ?? 1000 })} />}
      <TextControl label="Re-ask text on an invalid answer" name="errorText" value={data.errorText} placeholder="Sorry, that does not look right. Try again?" multiline onChange={(errorText) => set({ ...data, errorText })} />
      <NumberControl label="Re-asks before the Invalid answer exit" name="maxRetries" value={data.maxRetries} min={0} max={10} onChange={(maxRetries) => set({ ...data, maxRetries: maxRetries ?? 2 })} />
    </div>
  );
}
