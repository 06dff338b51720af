"use client";
import type { Trigger } from "@/lib/bots/client";
import { NumberControl, SelectControl, TextControl, WordsControl } from "../form-controls";
import type { NodeFormProps } from "./form-props";

const kinds = [
  ["start", "/start (a new subscriber, or a deep link)"],
  ["command", "A command, like /help"],
  ["keyword", "Keywords in a message"],
  ["default", "Default reply (nothing else matched)"],
] as const;

const fresh = (kind: Trigger["kind"]): Trigger => (kind === "start" ? { kind, payload: "" } : kind === "command" ? { kind, command: "" } : kind === "keyword" ? { kind, keywords: [], match: "word", priority: 0 } : { kind });

export function TriggerForm({ data, set, errors }: NodeFormProps<"trigger">) {
  const t = data.trigger;
  const put = (trigger: Trigger) => set({ trigger });
  return (
    <div className="space-y-3">
      <SelectControl label="Starts when" name="kind" value={t.kind} options={kinds} onChange={(k) => put(fresh(k))} />
      {t.kind === "start" && <TextControl label="Deep-link payload (optional)" name="payload" value={t.payload} hint='Empty: any /start. "ev_*": payloads starting with ev_.' onChange={(payload) => put({ ...t, payload })} />}
      {t.kind === "command" && <TextControl label="Command" name="command" value={t.command} placeholder="/help" error={errors.command} onChange={(command) => put({ ...t, command })} />}
      {t.kind === "keyword" && (
        <>
          <WordsControl label="Keywords" name="keywords" value={t.keywords} error={errors.keywords} onChange={(keywords) => put({ ...t, keywords })} />
          <SelectControl
            label="Match"
            name="match"
            value={t.match}
            options={
              [
                ["word", "Contains the word or phrase"],
                ["exact", "The whole message"],
              ] as const
            }
            onChange={(match) => put({ ...t, match })}
          />
          <NumberControl label="Priority" name="priority" value={t.priority} min={-100} max={100} hint="Higher wins when several flows match" onChange={(priority) => put({ ...t, priority: priority ?? 0 })} />
        </>
      )}
    </div>
  );
}
