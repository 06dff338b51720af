"use client";
import { useState } from "react";
import { saveDripSequenceAction } from "@/app/(dashboard)/[org]/bots/[botId]/drips/actions";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

// Create or edit a drip sequence: its trigger tag and its messages, each after a delay. Those
// who already have the tag can be enrolled too (off by default): `tagCounts` says how many,
// per tag, are active and not in this sequence yet.
type Step = { key: number; delay: number; unit: "minutes" | "hours" | "days"; text: string };
export type DripFormValues = { name: string; triggerTag: string; active: boolean; steps: Omit<Step, "key">[] };

export function DripForm({ org, botId, sequenceId, initial, tagCounts }: { org: string; botId: string; sequenceId?: string; initial?: DripFormValues; tagCounts: Record<string, number> }) {
  const [state, onSubmit, pending] = useFormAction(saveDripSequenceAction);
  const [steps, setSteps] = useState<Step[]>((initial?.steps.length ? initial.steps : [{ delay: 0, unit: "minutes" as const, text: "" }]).map((s, i) => ({ ...s, key: i })));
  const err = (k: string) => (state && !state.ok ? state.fieldErrors?.[k] : undefined);
  const [tag, setTag] = useState(initial?.triggerTag ?? "");
  const already = tagCounts[tag.trim().toLowerCase()] ?? 0;
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-5" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="botId" value={botId} />
      {sequenceId && <input type="hidden" name="sequenceId" value={sequenceId} />}
      <FormMessage state={state} />
      <div className="grid gap-4 rounded-lg border border-gray-200 bg-white p-5 shadow-sm sm:grid-cols-2">
        <TextField label="Name" name="name" required defaultValue={initial?.name} maxLength={120} error={err("name")} placeholder="Welcome series" />
        <TextField label="Starts when a subscriber gets the tag" name="triggerTag" required value={tag} onChange={(e) => setTag(e.target.value)} maxLength={32} error={err("triggerTag")} placeholder="lead" />
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="active" defaultChecked={initial?.active ?? true} /> Active (new subscribers with the tag are enrolled; switched off, nobody gets the next message)
        </label>
        <div className="sm:col-span-2">
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="enrollExisting" className="mt-1" disabled={already === 0} aria-describedby="enroll-existing-hint" />
            <span>
              Also enroll the {already} active subscriber{already === 1 ? "" : "s"} who already {already === 1 ? "has" : "have"} this tag
              <span id="enroll-existing-hint" className="block text-xs text-gray-500">
                {already === 0
                  ? tag.trim()
                    ? `Nobody ${sequenceId ? "outside this sequence " : ""}has the tag “${tag.trim().toLowerCase()}” yet.`
                    : "Enter the tag to see how many already have it."
                  : "Off: only those who get the tag from now on are enrolled. On: these start at message 1 now too; nobody is enrolled twice."}
              </span>
            </span>
          </label>
          {err("enrollExisting") && <p className="mt-1 text-xs text-red-600">{err("enrollExisting")}</p>}
        </div>
      </div>
      <ol className="space-y-3">
        {steps.map((step, i) => (
          <li key={step.key} className="space-y-2 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
              <span className="font-medium">Message {i + 1}</span>
              <span>after</span>
              <div className="w-24">
                <Input name="delay[]" type="number" min={0} max={10000} defaultValue={step.delay} aria-label={`Delay of message ${i + 1}`} error={err(`steps.${i}.delay`)} />
              </div>
              <div>
                <Select name="unit[]" defaultValue={step.unit} aria-label={`Unit of message ${i + 1}`}>
                  <option value="minutes">minutes</option>
                  <option value="hours">hours</option>
                  <option value="days">days</option>
                </Select>
              </div>
              <span>{i === 0 ? "from the tag" : "after the previous one"}</span>
              {steps.length > 1 && (
                <Button type="button" variant="ghost" className="ml-auto" onClick={() => setSteps((s) => s.filter((x) => x.key !== step.key))}>
                  Remove
                </Button>
              )}
            </div>
            {err(`steps.${i}.delay`) && <p className="text-xs text-red-600">{err(`steps.${i}.delay`)}</p>}
            <Textarea name="stepText[]" required rows={3} maxLength={4096} defaultValue={step.text} aria-label={`Text of message ${i + 1}`} error={err(`steps.${i}.text`)} placeholder="Hi {{first_name}}…" />
            {err(`steps.${i}.text`) && <p className="text-xs text-red-600">{err(`steps.${i}.text`)}</p>}
          </li>
        ))}
      </ol>
      {err("steps") && <p className="text-sm text-red-600">{err("steps")}</p>}
      <div className="flex flex-wrap gap-2">
        {steps.length < 20 && (
          <Button type="button" variant="secondary" onClick={() => setSteps((s) => [...s, { key: Date.now(), delay: 1, unit: "days", text: "" }])}>
            Add a message
          </Button>
        )}
        <SubmitButton pending={pending}>{sequenceId ? "Save sequence" : "Create sequence"}</SubmitButton>
      </div>
    </form>
  );
}
