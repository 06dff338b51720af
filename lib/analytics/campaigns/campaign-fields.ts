import { z } from "zod";
import { parseCalendarDate } from "./calendar-date";
import { parseMoney } from "../../shared/parse-money";

// The one set of rules for a campaign's editable fields (the form sends strings). The daily
// budget is typed in major units of the campaign's currency and stored in minor units.
export const campaignChannels = {
  telegram: "Telegram",
  instagram: "Instagram",
  facebook: "Facebook",
  google: "Google Ads",
  tiktok: "TikTok",
  email: "Email",
  influencer: "Influencer",
  offline: "Offline / print",
  other: "Other",
} as const;
export type CampaignChannel = keyof typeof campaignChannels;
export const channelLabel = (channel: string) => campaignChannels[channel as CampaignChannel] ?? channel;

export const CAMPAIGN_NAME_MAX = 120;

export type CampaignFields = { name: string; channel: CampaignChannel; dailyBudget: number | null; startsOn: Date | null; endsOn: Date | null };

const CONTROL = /[\p{Cc}]/u;
const str = z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string({ error: "Must be text" }).max(1000, "Too long"));
const optionalDate = (label: string) =>
  str.transform((s, ctx) => {
    if (s.trim() === "") return null;
    const date = parseCalendarDate(s);
    if (!date) ctx.addIssue({ code: "custom", message: `${label} must be a date (YYYY-MM-DD)` });
    return date;
  });

/** Form strings -> campaign fields, for a campaign in `currency`. */
export function campaignFieldsSchema(currency: string) {
  return z
    .object({
      name: str
        .transform((s) => s.trim().normalize("NFC"))
        .pipe(
          z
            .string()
            .min(1, "Name is required")
            .max(CAMPAIGN_NAME_MAX, `Name must be at most ${CAMPAIGN_NAME_MAX} characters`)
            .refine((s) => !CONTROL.test(s), "Name cannot contain line breaks or control characters"),
        ),
      channel: z.enum(Object.keys(campaignChannels) as [CampaignChannel, ...CampaignChannel[]], "Choose a channel"),
      dailyBudget: str.transform((s, ctx) => {
        if (s.trim() === "") return null;
        const money = parseMoney(s, currency);
        if (!money.ok) ctx.addIssue({ code: "custom", message: money.error });
        else if (money.minor === 0) ctx.addIssue({ code: "custom", message: "Leave the budget empty, or enter more than 0" });
        return money.ok ? money.minor : null;
      }),
      startsOn: optionalDate("Start"),
      endsOn: optionalDate("End"),
    })
    .superRefine((f, ctx) => {
      if (f.startsOn && f.endsOn && f.endsOn < f.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The end cannot be before the start" });
    }) satisfies z.ZodType<CampaignFields, unknown>;
}
