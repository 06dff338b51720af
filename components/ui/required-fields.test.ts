import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { CampaignForm } from "@/components/analytics/campaigns/campaign-form";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { ServiceForm } from "@/components/booking/services/service-form";
import { StaffForm } from "@/components/booking/staff/staff-form";
import { ConnectBotForm } from "@/components/bots/connect-bot-form";
import { NewFlowForm } from "@/components/bots/flows/new-flow-form";
import { CustomerForm } from "@/components/customers/customer-form";
import { GeneralSettingsForm } from "@/components/settings/general-settings-form";
import { InvitationSignUpForm } from "@/components/settings/invitation-forms";
import { InviteMemberForm } from "@/components/settings/invite-member-form";
import { EventForm } from "@/components/ticketing/event-form";
import { LineupItemForm } from "@/components/ticketing/lineup-item-form";
import { PromoCodeForm } from "@/components/ticketing/promo-code-form";
import { TicketTypeForm } from "@/components/ticketing/ticket-type-form";
import { VenueForm } from "@/components/ticketing/venue-form";
import { NewOrgForm } from "@/app/new-org/new-org-form";
import { campaignFieldsSchema } from "@/lib/analytics/campaigns/campaign-fields";
import { emailField, newPasswordField, personNameField } from "@/lib/auth/fields";
import { serviceFieldsSchema } from "@/lib/booking/services/service-fields";
import { staffFieldsSchema } from "@/lib/booking/staff/staff-fields";
import { customerFieldsSchema } from "@/lib/customers/records/customer-fields";
import { inviteMemberSchema } from "@/lib/members/member-fields";
import { orgFieldsSchema } from "@/lib/tenancy/org-fields";
import { orgSettingsSchema } from "@/lib/tenancy/update-organization";
import { eventFieldsSchema } from "@/lib/ticketing/events/event-fields";
import { lineupFieldsSchema } from "@/lib/ticketing/lineup/lineup-fields";
import { promoCodeFieldsSchema } from "@/lib/ticketing/promo-codes/promo-code-fields";
import { ticketTypeFieldsSchema } from "@/lib/ticketing/ticket-types/ticket-type-fields";
import { venueFieldsSchema } from "@/lib/ticketing/venues/venue-fields";

// Every form marks the fields its schema requires, before anyone submits: the control carries
// `required` and its label the visible mark (components/ui/field.tsx), and no optional field is
// marked. A field is required when its rule refuses a blank value; a select that cannot be blank
// (no empty option) needs no mark.
type Shape = Record<string, z.ZodType>;
const shapeOf = (schema: unknown): Shape => {
  const s = schema as { shape?: Shape; def?: { in?: unknown; out?: unknown } };
  if (s.shape) return s.shape;
  for (const inner of [s.def?.in, s.def?.out])
    if ((inner as { shape?: Shape })?.shape || (inner as { def?: unknown })?.def)
      try {
        return shapeOf(inner);
      } catch {}
  throw new Error("schema without a shape");
};
const requiredKeys = (shape: Shape) => Object.keys(shape).filter((k) => !shape[k].safeParse("").success && !shape[k].safeParse(undefined).success);

type Control = { tag: string; name: string; id: string | null; type: string | null; required: boolean; canBeBlank: boolean };
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
function controls(html: string): Control[] {
  const out: Control[] = [];
  const tags = [...html.matchAll(/<(input|textarea)\b([^>]*)>/g), ...html.matchAll(/<(select)\b([^>]*)>([\s\S]*?)<\/select>/g)];
  for (const [, tag, attrs, body = ""] of tags) {
    const name = attr(attrs, "name");
    const type = attr(attrs, "type");
    if (!name || type === "hidden" || type === "checkbox" || type === "radio" || type === "submit") continue;
    out.push({ tag, name, id: attr(attrs, "id"), type, required: /\srequired=""/.test(attrs), canBeBlank: tag !== "select" || /<option[^>]*value=""/.test(body) });
  }
  return out;
}
// The label and what directly follows it (the mark sits right after the label, outside it).
const labelOf = (html: string, id: string | null) => (id ? (new RegExp(`<label[^>]*for="${id}"[^>]*>[\\s\\S]*?</label>(<span[^>]*>)?`).exec(html)?.[0] ?? null) : null);

function check(html: string, shape: Shape, { skip = [] as string[] } = {}) {
  const required = new Set(requiredKeys(shape).filter((k) => !skip.includes(k)));
  const problems: string[] = [];
  for (const c of controls(html)) {
    if (skip.includes(c.name)) continue;
    const label = labelOf(html, c.id) ?? "";
    const marked = label.includes("data-required-mark");
    if (label.split("</label>")[0].includes("data-required-mark")) problems.push(`${c.name}: the mark is inside the label (it would change the field's name)`);
    const wanted = required.has(c.name) && c.canBeBlank;
    if (wanted && !c.required) problems.push(`${c.name}: required by the schema but the control lacks required`);
    if (wanted && !marked) problems.push(`${c.name}: required but its label has no mark`);
    if (!required.has(c.name) && (c.required || marked)) problems.push(`${c.name}: optional but marked required`);
  }
  const seen = new Set(controls(html).map((c) => c.name));
  for (const k of required) if (!seen.has(k) && !skip.includes(k)) problems.push(`${k}: required by the schema, no control found`);
  return problems;
}

const render = <P>(C: ComponentType<P>, props: P) => renderToStaticMarkup(createElement(C as ComponentType<object>, props as object));
const action = async () => null;
const blank = new Proxy({}, { get: (_, k) => (k === "staffIds" ? [] : k === "steps" ? [] : "") }) as never;

const forms: [string, () => string, Shape, Parameters<typeof check>[2]?][] = [
  // The time zone is a hidden input set by a select that cannot be blank.
  ["venue", () => render(VenueForm, { org: "o", action, initial: { name: "", address: "", city: "", capacity: "", timeZone: "Europe/Berlin" }, submitLabel: "Save", cancelHref: "/" }), shapeOf(venueFieldsSchema), { skip: ["timeZone"] }],
  ["event", () => render(EventForm, { org: "o", action, initial: { title: "", slug: "", description: "", venueId: "", startsAt: "", endsAt: "" }, venues: [], orgTimeZone: "UTC", venuesHref: "/", submitLabel: "Save" }), shapeOf(eventFieldsSchema)],
  ["ticket type", () => render(TicketTypeForm, { org: "o", eventId: "e", action, initial: blank, currency: "EUR", timeZone: "UTC", submitLabel: "Save" }), shapeOf(ticketTypeFieldsSchema("EUR"))],
  ["promo code", () => render(PromoCodeForm, { org: "o", action, initial: blank, currency: "EUR", timeZone: "UTC", events: [], segments: [], submitLabel: "Save" }), shapeOf(promoCodeFieldsSchema("EUR"))],
  ["lineup item", () => render(LineupItemForm, { org: "o", eventId: "e", initial: { name: "", role: "", bio: "", notes: "", hasImage: false }, action, submitLabel: "Save" }), shapeOf(lineupFieldsSchema)],
  ["service", () => render(ServiceForm, { org: "o", action, initial: blank, currency: "EUR", staff: [], staffHref: "/", submitLabel: "Save", cancelHref: "/" }), shapeOf(serviceFieldsSchema("EUR"))],
  ["staff", () => render(StaffForm, { org: "o", action, initial: { name: "", email: "", timeZone: "Europe/Berlin", userId: "" }, timeZones: ["Europe/Berlin"], members: [], submitLabel: "Save", cancelHref: "/" }), shapeOf(staffFieldsSchema)],
  ["customer", () => render(CustomerForm, { org: "o", action, submitLabel: "Save", cancelHref: "/" }), shapeOf(customerFieldsSchema)],
  ["org settings", () => render(GeneralSettingsForm, { values: { name: "", slug: "o", timezone: "Europe/Berlin", currency: "EUR" } }), shapeOf(orgSettingsSchema)],
  ["new org", () => render(NewOrgForm, {}), shapeOf(orgFieldsSchema)],
  ["sign-up", () => render(SignUpForm, {}), { ...shapeOf(orgFieldsSchema), orgName: shapeOf(orgFieldsSchema).name, name: personNameField, email: emailField, password: newPasswordField }],
  ["invitation sign-up", () => render(InvitationSignUpForm, { token: "t", email: "a@b.c" }), { name: personNameField, password: newPasswordField }],
  ["invite member", () => render(InviteMemberForm, { slug: "o", roles: ["ADMIN", "STAFF"] }), shapeOf(inviteMemberSchema)],
  ["campaign", () => render(CampaignForm, { org: "o", action, channels: [{ value: "META", label: "Meta" }], currency: "EUR", submitLabel: "Save", cancelHref: "/" }), shapeOf(campaignFieldsSchema("EUR"))],
];

describe("required fields are marked before submit", () => {
  it.each(forms)("%s form", (_, html, shape, options) => {
    expect(check(html(), shape, options).join("; ")).toBe("");
  });

  it("the bot forms mark their one required field", () => {
    for (const html of [render(ConnectBotForm, { org: "o", action }), render(NewFlowForm, { org: "o", botId: "b", action })]) {
      const [control] = controls(html);
      expect(control.required).toBe(true);
      expect(labelOf(html, control.id)).toContain("data-required-mark");
    }
  });
});
