"use client";
import { ListControl, NumberControl, SelectControl, TextControl } from "../form-controls";
import type { NodeFormProps } from "./form-props";

type Pair = { key: string; value: string };
const pairs = (what: string, items: Pair[], onChange: (items: Pair[]) => void, max: number) => (
  <ListControl<Pair> label={what} items={items} max={max} addLabel={`Add ${what.toLowerCase().replace(/s$/, "")}`} make={() => ({ key: "", value: "" })} onChange={onChange}>
    {(p, update, i) => (
      <div className="grid grid-cols-2 gap-2">
        <TextControl label="Key" name={`${what}-key-${i}`} value={p.key} onChange={(key) => update({ ...p, key })} />
        <TextControl label="Value" name={`${what}-value-${i}`} value={p.value} onChange={(value) => update({ ...p, value })} />
      </div>
    )}
  </ListControl>
);

export function HttpForm({ data, set, errors }: NodeFormProps<"http">) {
  return (
    <div className="space-y-3">
      <SelectControl label="Method" name="method" value={data.method} options={(["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((m) => [m, m] as const)} onChange={(method) => set({ ...data, method })} />
      <TextControl label="URL" name="url" value={data.url} placeholder="https://api.example.com/orders?email={{email}}" error={errors.url} onChange={(url) => set({ ...data, url })} />
      {pairs("Headers", data.headers, (headers) => set({ ...data, headers }), 20)}
      {data.method !== "GET" && pairs("Body fields", data.body, (body) => set({ ...data, body }), 50)}
      <NumberControl label="Timeout (ms)" name="timeoutMs" value={data.timeoutMs} min={500} max={30000} onChange={(timeoutMs) => set({ ...data, timeoutMs: timeoutMs ?? 10000 })} />
      <ListControl
        label="Save from the response"
        error={errors.responseMappings}
        items={data.responseMappings}
        max={20}
        addLabel="Add mapping"
        make={() => ({ path: "", variable: "" })}
        onChange={(responseMappings) => set({ ...data, responseMappings })}
      >
        {(m, update, i) => (
          <div className="grid grid-cols-2 gap-2">
            <TextControl label="JSON path" name={`mapping-path-${i}`} value={m.path} placeholder="data.items.0.name" onChange={(path) => update({ ...m, path })} />
            <TextControl label="Variable" name={`mapping-variable-${i}`} value={m.variable} onChange={(variable) => update({ ...m, variable })} />
          </div>
        )}
      </ListControl>
      <TextControl label="Save the status code in (optional)" name="statusVariable" value={data.statusVariable ?? ""} error={errors.statusVariable} onChange={(v) => set({ ...data, statusVariable: v.trim() ? v : undefined })} />
    </div>
  );
}
