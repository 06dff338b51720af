"use client";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Select, Textarea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { SegmentFormValues } from "@/lib/analytics/client";
import type { ActionState } from "@/lib/safe-action";
import { Checkboxes, Range } from "./segment-form-fields";
import { SegmentPreviewBody, type SegmentPreview } from "./segment-preview";

// The segment form for "new" (maybe prefilled from a "Save as segment" link) and "edit". It
// submits with useFormAction, so checkboxes and selects stay as the user left them after an
// error, and it asks the server for the live count and first members as conditions change.
// The strings the form shows: the same shape the server parses (lib/analytics/segments/segment-form).
export type SegmentFormInitial = SegmentFormValues;
type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

export type SegmentFormOptions = {
  rfmSegments: readonly string[];
  clusters: { value: number; label: string; customers: number }[];
  sources: { value: string; label: string }[];
  knownTags: string[];
  currency: string;
  timeZone: string;
  scoresComputed: boolean;
};

const CHURN = [
  { value: "HIGH", label: "High" },
  { value: "MEDIUM", label: "Medium" },
  { value: "LOW", label: "Low" },
];

function currencySymbol(currency: string) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).formatToParts(0).find((p) => p.type === "currency")?.value ?? currency;
}

export function SegmentForm({
  org,
  action,
  previewAction,
  segmentId,
  initial,
  options,
  submitLabel,
  cancelHref,
}: {
  org: string;
  action: Action<never>;
  previewAction: Action<SegmentPreview>;
  segmentId?: string;
  initial: SegmentFormInitial;
  options: SegmentFormOptions;
  submitLabel: string;
  cancelHref: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const [preview, runPreview, previewPending] = useActionState(previewAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const failed = state && !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const values = initial as unknown as Record<string, string>;
  const symbol = currencySymbol(options.currency);

  const refresh = () => {
    const form = formRef.current;
    if (form) startTransition(() => runPreview(new FormData(form)));
  };
  const schedule = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(refresh, 400);
  };
  useEffect(() => {
    refresh(); // a prefilled or edited segment shows its members at once
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
      <form ref={formRef} onSubmit={onSubmit} onChange={schedule} className="space-y-5 lg:col-span-3" noValidate>
        <input type="hidden" name="org" value={org} />
        {segmentId && <input type="hidden" name="id" value={segmentId} />}
        <FormMessage state={state} />
        <Card className="space-y-4">
          <TextField label="Name" name="name" defaultValue={initial.name} error={errors.name} maxLength={80} required autoComplete="off" placeholder="e.g. Slipping regulars" />
          <Field label="Description (optional)" name="description" error={errors.description}>
            <Textarea name="description" rows={2} defaultValue={initial.description} error={errors.description} maxLength={500} />
          </Field>
        </Card>

        <Card className="space-y-5">
          <div>
            <h3 className="text-base font-semibold text-gray-900">Who is in it</h3>
            <p className="text-sm text-gray-600">A customer is in the segment when every condition you set holds. Within one list, any of the ticked values is enough.</p>
            {errors.definition && (
              <p id="definition-error" role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
                {errors.definition}
              </p>
            )}
          </div>
          {!options.scoresComputed && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">Analytics have not been computed yet, so RFM, cluster, churn, CLV and spend conditions match nobody until the first recompute.</p>}
          <Checkboxes legend="RFM segment" name="rfmSegments" options={options.rfmSegments.map((s) => ({ value: s, label: s }))} checked={initial.rfmSegments} error={errors.rfmSegments} />
          <Checkboxes legend="Churn risk" name="churnRisk" options={CHURN} checked={initial.churnRisk} error={errors.churnRisk} hint="From P(alive): high below 30%, low from 70%." />
          {options.clusters.length > 0 ? (
            <Checkboxes legend="Cluster" name="clusters" options={options.clusters.map((c) => ({ value: String(c.value), label: c.label, note: `${c.customers}` }))} checked={initial.clusters} error={errors.clusters} />
          ) : (
            initial.clusters.map((c) => <input key={c} type="hidden" name="clusters[]" value={c} />)
          )}
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <Range label={`12-month CLV (${symbol})`} minName="minClv" maxName="maxClv" values={values} errors={errors} hint="Predicted value over the next 12 months" />
            <Range label="P(alive)" minName="minPAlive" maxName="maxPAlive" values={values} errors={errors} hint="Probability the customer is still active, 0 to 1" placeholder={["0", "1"]} />
            <TextField label={`Spent at least (${symbol})`} name="minTotalSpent" inputMode="decimal" defaultValue={initial.minTotalSpent} error={errors.minTotalSpent} hint="Paid orders, all time" autoComplete="off" />
            <div />
            <TextField label="Last order on or after" name="lastOrderAfter" type="date" defaultValue={initial.lastOrderAfter} error={errors.lastOrderAfter} />
            <TextField label="Last order before" name="lastOrderBefore" type="date" defaultValue={initial.lastOrderBefore} error={errors.lastOrderBefore} hint={`Days in ${options.timeZone}`} />
          </div>
          <hr className="border-gray-100" />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <TextField
                label="Tagged with any of"
                name="tags"
                defaultValue={initial.tags}
                error={errors.tags}
                autoComplete="off"
                list="segment-known-tags"
                hint={options.knownTags.length ? `Comma-separated. In use: ${options.knownTags.slice(0, 12).join(", ")}${options.knownTags.length > 12 ? "…" : ""}` : "Comma-separated, e.g. vip, newsletter"}
              />
              <datalist id="segment-known-tags">
                {options.knownTags.map((t) => (
                  <option key={t} value={t} />
                ))}
              </datalist>
            </div>
            <div className="sm:col-span-2">
              <Checkboxes legend="Came from" name="sources" options={options.sources} checked={initial.sources} error={errors.sources} />
            </div>
            <Field label="Has an email" name="hasEmail" error={errors.hasEmail}>
              <Select name="hasEmail" defaultValue={initial.hasEmail} error={errors.hasEmail}>
                <option value="">Any</option>
                <option value="yes">Yes</option>
                <option value="no">No</option>
              </Select>
            </Field>
            <Field label="Reachable in Telegram" name="hasTelegram" error={errors.hasTelegram}>
              <Select name="hasTelegram" defaultValue={initial.hasTelegram} error={errors.hasTelegram}>
                <option value="">Any</option>
                <option value="yes">Yes</option>
                <option value="no">No</option>
              </Select>
            </Field>
          </div>
        </Card>
        {/* On phones the preview is below the form: the bar keeps the live count in sight. */}
        <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-2 border-t border-gray-200 bg-gray-50/95 px-4 py-3 backdrop-blur sm:-mx-8 sm:px-8 lg:static lg:mx-0 lg:border-0 lg:bg-transparent lg:p-0 lg:backdrop-blur-none">
          <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
          <ButtonLink href={cancelHref} variant="secondary">
            Cancel
          </ButtonLink>
          {preview?.ok && preview.data && (
            <span className="ml-auto text-sm text-gray-700 lg:hidden" aria-hidden>
              <strong className="tabular-nums">{preview.data.count.toLocaleString("en-US")}</strong> match
            </span>
          )}
        </div>
      </form>

      <aside className="lg:col-span-2" aria-live="polite" aria-busy={previewPending}>
        <section className="rounded-lg border border-gray-200 bg-white shadow-sm lg:sticky lg:top-4">
          <div className="flex items-baseline justify-between gap-2 px-5 pb-3 pt-4">
            <h3 className="text-base font-semibold text-gray-900">Preview</h3>
            {previewPending && <span className="text-xs text-gray-500">Updating…</span>}
          </div>
          <SegmentPreviewBody slug={org} preview={preview} currency={options.currency} timeZone={options.timeZone} />
        </section>
      </aside>
    </div>
  );
}
