"use client";
import type { MessageButton } from "@/lib/bots/client";
import { ListControl, SelectControl, TextControl } from "../form-controls";
import { shortId } from "../node-catalog";
import { FormattedTextControl } from "./formatted-text-control";
import type { NodeFormProps } from "./form-props";

// Buttons are edited one per row; a "next step" button gets its own exit on the card.
export function MessageForm({ data, set, errors }: NodeFormProps<"message">) {
  const buttons = data.buttons.flat();
  return (
    <div className="space-y-3">
      <FormattedTextControl label="Text" name="text" value={data.text} error={errors.text} onChange={(text) => set({ ...data, text })} />
      <TextControl label="Image URL (optional)" name="imageUrl" value={data.imageUrl ?? ""} placeholder="https://…" onChange={(v) => set({ ...data, imageUrl: v.trim() ? v : undefined })} />
      <ListControl<MessageButton>
        label="Buttons"
        error={errors.buttons}
        items={buttons}
        max={10}
        addLabel="Add button"
        make={() => ({ kind: "next", id: shortId("btn"), text: "" })}
        onChange={(items) => set({ ...data, buttons: items.map((b) => [b]) })}
      >
        {(b, update) => (
          <>
            <TextControl label="Button text" name={`button-${b.id}`} value={b.text} onChange={(text) => update({ ...b, text })} />
            <SelectControl
              label="When pressed"
              name={`button-kind-${b.id}`}
              value={b.kind}
              options={
                [
                  ["next", "Go to the next step"],
                  ["url", "Open a link"],
                ] as const
              }
              onChange={(kind) => update(kind === "url" ? { kind, id: b.id, text: b.text, url: "" } : { kind, id: b.id, text: b.text })}
            />
            {b.kind === "url" && <TextControl label="Link" name={`button-url-${b.id}`} value={b.url} placeholder="https://…" onChange={(url) => update({ ...b, url })} />}
          </>
        )}
      </ListControl>
    </div>
  );
}
