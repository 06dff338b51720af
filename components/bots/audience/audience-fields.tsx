"use client";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { Audience } from "@/lib/bots/client";

// The audience part of the compose form: tags (any of), custom fields (all equal), an analytics
// segment, and the live count of active subscribers it reaches (blocked ones never count).
type Rule = { id: number; key: string; value: string };

type Props = { botPath: string; tags: string[]; fieldNames: string[]; segments: { id: string; name: string }[]; errors: { audience?: string; segmentId?: string }; /** a draft's saved audience */ initial?: Audience };

export function AudienceFields({ botPath, tags, fieldNames, segments, errors, initial }: Props) {
  const [chosen, setChosen] = useState<string[]>(initial?.tags ?? []);
  const [rules, setRules] = useState<Rule[]>(() => (initial?.customFields ?? []).map((f, id) => ({ id, ...f })));
  const [segmentId, setSegmentId] = useState(initial?.segmentId ?? "");
  const [count, setCount] = useState<number | null>(null);
  const fields = JSON.stringify(rules.filter((r) => r.key).map(({ key, value }) => ({ key, value })));
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ tags: chosen.join(","), fields, ...(segmentId ? { segmentId } : {}) });
      const res = await fetch(`${botPath}/broadcasts/audience-count?${params}`, { signal: controller.signal }).catch(() => null);
      setCount(res?.ok ? ((await res.json()) as { count: number }).count : null);
    }, 300);
    return () => (clearTimeout(timer), controller.abort());
  }, [botPath, chosen, fields, segmentId]);
  const setRule = (id: number, patch: Partial<Rule>) => setRules((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <section className="space-y-4 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold text-gray-900">Audience</h2>
        <p className="text-sm text-gray-700" role="status" aria-live="polite">
          {count === null ? (
            "Counting…"
          ) : (
            <>
              <strong data-testid="recipient-count">{count}</strong> active subscriber{count === 1 ? "" : "s"} will get it
            </>
          )}
        </p>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-gray-700">With any of these tags (none: everyone)</legend>
        {tags.length === 0 ? (
          <p className="text-sm text-gray-500">No tags yet.</p>
        ) : (
          <div className="mt-2 flex flex-wrap gap-2">
            {tags.map((t) => (
              <label key={t} className="flex items-center gap-1.5 rounded-full border border-gray-300 px-3 py-1 text-sm">
                <input type="checkbox" name="tags[]" value={t} checked={chosen.includes(t)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, t] : c.filter((x) => x !== t)))} /> {t}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-gray-700">Where fields equal</legend>
        {rules.map((r, i) => (
          <div key={r.id} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto]">
            <Select name="fieldKey[]" aria-label={`Field ${i + 1}`} value={r.key} onChange={(e) => setRule(r.id, { key: e.target.value })}>
              <option value="">Choose a field</option>
              {fieldNames.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </Select>
            <Input name="fieldValue[]" aria-label={`Value ${i + 1}`} value={r.value} maxLength={200} onChange={(e) => setRule(r.id, { value: e.target.value })} placeholder="value" />
            <Button type="button" variant="ghost" onClick={() => setRules((rs) => rs.filter((x) => x.id !== r.id))}>
              Remove
            </Button>
          </div>
        ))}
        {fieldNames.length === 0 ? (
          <p className="text-sm text-gray-500">No fields yet: flows save answers into fields.</p>
        ) : (
          rules.length < 10 && (
            <Button type="button" variant="secondary" onClick={() => setRules((rs) => [...rs, { id: Date.now(), key: "", value: "" }])}>
              Add a field condition
            </Button>
          )
        )}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="segmentId" className="block text-sm font-medium text-gray-700">
          Analytics segment
        </label>
        <Select name="segmentId" value={segmentId} onChange={(e) => setSegmentId(e.target.value)} error={errors.segmentId}>
          <option value="">Any customer</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
        {errors.segmentId && <p className="text-xs text-red-600">{errors.segmentId}</p>}
      </div>
      {errors.audience && (
        <p className="text-sm text-red-600" role="alert">
          {errors.audience}
        </p>
      )}
    </section>
  );
}
