import { z } from "zod";
import { CAPTION_LIMIT, MESSAGE_LIMIT } from "@/lib/bots/runtime/split-telegram-text";
import { audienceSchema } from "./broadcast-audience";

// The compose form: text (Telegram HTML, {{variables}}), an optional image URL, URL buttons,
// the audience, and when: now, later (a local date-time in the org's time zone) or a draft.
const httpsUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(2000, `The ${what} URL is too long`)
    .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), `Enter a full ${what} URL (https://...)`);

export const broadcastButtonSchema = z.object({
  text: z.string().trim().min(1, "Give the button a label").max(64, "At most 64 characters"),
  url: httpsUrl("button"),
});

export const broadcastFieldsSchema = z
  .object({
    name: z.string().trim().max(120, "At most 120 characters").default(""),
    text: z.string().trim().min(1, "Write the message").max(MESSAGE_LIMIT, `Telegram allows at most ${MESSAGE_LIMIT} characters`),
    imageUrl: z.union([z.literal(""), httpsUrl("image")]).default(""),
    buttons: z.array(broadcastButtonSchema).max(5, "At most 5 buttons").default([]),
    audience: audienceSchema,
    when: z.enum(["now", "schedule", "draft"], "Choose when to send"),
    scheduledAt: z.string().trim().max(40).default(""),
  })
  .superRefine((v, ctx) => {
    if (v.imageUrl && v.text.length > CAPTION_LIMIT) ctx.addIssue({ code: "custom", path: ["text"], message: `With an image, Telegram allows at most ${CAPTION_LIMIT} characters` });
    if (v.when === "schedule" && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v.scheduledAt)) ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: "Pick a date and time" });
  });

export type BroadcastFields = z.infer<typeof broadcastFieldsSchema>;

const list = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).map(String);

/** The compose form's flat fields (tags[], fieldKey[] / fieldValue[], buttonText[] / buttonUrl[]) as BroadcastFields. */
export const broadcastFormSchema = z.preprocess((raw) => {
  const r = (raw ?? {}) as Record<string, unknown>;
  const keys = list(r["fieldKey[]"]);
  const values = list(r["fieldValue[]"]);
  const labels = list(r["buttonText[]"]);
  const urls = list(r["buttonUrl[]"]);
  return {
    name: r.name,
    text: r.text,
    imageUrl: r.imageUrl,
    when: r.when,
    scheduledAt: r.scheduledAt,
    buttons: labels.map((text, i) => ({ text, url: urls[i] ?? "" })).filter((b) => b.text.trim() || b.url.trim()),
    audience: {
      tags: list(r["tags[]"]),
      customFields: keys.map((key, i) => ({ key, value: values[i] ?? "" })).filter((f) => f.key.trim()),
      segmentId: typeof r.segmentId === "string" && r.segmentId ? r.segmentId : undefined,
    },
  };
}, broadcastFieldsSchema);
