"use client";
import { useState } from "react";
import { createBroadcastAction } from "@/app/(dashboard)/[org]/bots/[botId]/broadcasts/actions";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { Audience } from "@/lib/bots/client";
import { AudienceFields } from "./audience-fields";

// Compose a broadcast, or edit a draft (`draft`): text (Telegram HTML, {{first_name}} and custom
// fields), an optional image, URL buttons, the audience with its live count, and when to send.
export type BroadcastDraft = { id: string; name: string; text: string; imageUrl: string | null; buttons: { text: string; url: string }[]; audience: Audience };
type Props = { org: string; botId: string; timezone: string; tags: string[]; fieldNames: string[]; segments: { id: string; name: string }[]; draft?: BroadcastDraft; initialWhen?: "now" | "schedule" | "draft" };

export function BroadcastForm({ org, botId, timezone, tags, fieldNames, segments, draft, initialWhen }: Props) {
  const [state, onSubmit, pending] = useFormAction(createBroadcastAction);
  const [buttons, setButtons] = useState(() => (draft?.buttons ?? []).map((b, i) => ({ key: i, ...b })));
  const [when, setWhen] = useState<string>(initialWhen ?? (draft ? "draft" : "now"));
  const err = (k: string) => (state && !state.ok ? state.fieldErrors?.[k] : undefined);
  const v = (k: string, saved?: string | null) => (state && !state.ok ? state.values?.[k] : (saved ?? undefined));
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="botId" value={botId} />
      {draft && <input type="hidden" name="broadcastId" value={draft.id} />}
      <FormMessage state={state} />
      <section className="space-y-4 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
        <h2 className="text-base font-semibold text-gray-900">Message</h2>
        <TextField label="Name (only you see it)" name="name" maxLength={120} defaultValue={v("name", draft?.name)} error={err("name")} placeholder="Spring sale" />
        <Field label="Text" name="text" required error={err("text")} hint='Formatting: <b>bold</b>, <i>italic</i>, <a href="https://…">link</a>. Personalise with {{first_name}} or a field like {{city}}.'>
          <Textarea name="text" required rows={6} maxLength={4096} defaultValue={v("text", draft?.text)} error={err("text")} />
        </Field>
        <TextField
          label="Image URL (optional)"
          name="imageUrl"
          type="url"
          defaultValue={v("imageUrl", draft?.imageUrl)}
          error={err("imageUrl")}
          placeholder="https://…/photo.jpg"
          hint="With an image the text is its caption: at most 1,024 characters."
        />
        <div className="space-y-2">
          <p className="text-sm font-medium text-gray-700">Link buttons</p>
          {buttons.map(({ key, text, url }, i) => (
            <div key={key} className="grid gap-2 sm:grid-cols-[1fr_2fr_auto]">
              <Input name="buttonText[]" aria-label={`Button ${i + 1} label`} placeholder="Label" maxLength={64} defaultValue={text} error={err(`buttons.${i}.text`)} />
              <Input name="buttonUrl[]" aria-label={`Button ${i + 1} URL`} placeholder="https://…" defaultValue={url} error={err(`buttons.${i}.url`)} />
              <Button type="button" variant="ghost" onClick={() => setButtons((b) => b.filter((x) => x.key !== key))}>
                Remove
              </Button>
              {(err(`buttons.${i}.text`) || err(`buttons.${i}.url`)) && <p className="text-xs text-red-600 sm:col-span-3">{err(`buttons.${i}.text`) ?? err(`buttons.${i}.url`)}</p>}
            </div>
          ))}
          {err("buttons") && <p className="text-xs text-red-600">{err("buttons")}</p>}
          {buttons.length < 5 && (
            <Button type="button" variant="secondary" onClick={() => setButtons((b) => [...b, { key: Date.now(), text: "", url: "" }])}>
              Add a button
            </Button>
          )}
        </div>
      </section>
      <AudienceFields botPath={`/${org}/bots/${botId}`} initial={draft?.audience} tags={tags} fieldNames={fieldNames} segments={segments} errors={{ audience: err("audience"), segmentId: err("segmentId") }} />
      <section className="space-y-3 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
        <h2 className="text-base font-semibold text-gray-900">When</h2>
        <div className="flex flex-wrap gap-4 text-sm">
          {[
            ["now", "Send now"],
            ["schedule", "Schedule"],
            ["draft", "Save as draft"],
          ].map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="when" value={value} checked={when === value} onChange={() => setWhen(value)} /> {label}
            </label>
          ))}
        </div>
        {when === "schedule" && <TextField label={`Date and time (${timezone})`} name="scheduledAt" required type="datetime-local" error={err("scheduledAt")} defaultValue={v("scheduledAt")} />}
      </section>
      <SubmitButton pending={pending} pendingText="Saving…">
        {when === "now" ? "Send broadcast" : when === "schedule" ? "Schedule broadcast" : "Save draft"}
      </SubmitButton>
    </form>
  );
}
