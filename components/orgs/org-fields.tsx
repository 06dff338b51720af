"use client";
import { useEffect, useState } from "react";
import { Field, Input, Select, TextField } from "@/components/ui/field";
import { currencyForTimeZone } from "@/lib/tenancy/currency-for-time-zone";
import { useSlugFollowingName } from "@/components/ui/name-and-slug-fields";
import { allTimeZones, commonCurrencies } from "@/lib/tenancy/org-fields";

type Values = { name?: string; slug?: string; timezone?: string; currency?: string };

/** Organization name, address (slug), time zone and currency; the slug follows the name until edited. */
export function OrgFields({ nameField = "name", values, errors, slugLocked = false }: { nameField?: string; values?: Values; errors?: Record<string, string>; slugLocked?: boolean }) {
  const { name, slug, changeName, changeSlug } = useSlugFollowingName({ name: values?.name ?? "", slug: values?.slug ?? "" }, slugLocked || Boolean(values?.slug));
  const [timezone, setTimezone] = useState(values?.timezone ?? "UTC");
  // The currency follows the time zone's country until chosen by hand (or already set).
  const [currency, setCurrency] = useState(values?.currency ?? currencyForTimeZone(timezone));
  const [currencyEdited, setCurrencyEdited] = useState(Boolean(values?.currency));
  const chooseTimezone = (tz: string) => {
    setTimezone(tz);
    if (!currencyEdited) setCurrency(currencyForTimeZone(tz));
  };
  useEffect(() => {
    if (values?.timezone) return;
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    setTimezone(tz);
    if (!values?.currency) setCurrency(currencyForTimeZone(tz));
  }, [values?.timezone, values?.currency]);
  return (
    <div className="space-y-4">
      <TextField label="Organization name" name={nameField} required value={name} onChange={(e) => changeName(e.target.value)} error={errors?.[nameField]} placeholder="Lumen Studio" maxLength={80} />
      {!slugLocked && (
        <Field label="Dashboard address" name="slug" error={errors?.slug} hint="Lowercase letters, digits and dashes." required>
          <div className="flex items-center rounded-md shadow-sm">
            <span className="rounded-l-md border border-r-0 border-gray-300 bg-gray-50 px-3 py-2 text-sm text-gray-500">frontdesk/</span>
            <Input name="slug" required value={slug} onChange={(e) => changeSlug(e.target.value)} error={errors?.slug} className="rounded-l-none" maxLength={40} />
          </div>
        </Field>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Time zone" name="timezone" error={errors?.timezone}>
          <Select name="timezone" value={timezone} onChange={(e) => chooseTimezone(e.target.value)} error={errors?.timezone}>
            {allTimeZones.map((tz) => (
              <option key={tz} value={tz}>
                {tz}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Currency" name="currency" error={errors?.currency}>
          <Select
            name="currency"
            value={currency}
            onChange={(e) => {
              setCurrency(e.target.value);
              setCurrencyEdited(true);
            }}
            error={errors?.currency}
          >
            {[...new Set([currency, ...commonCurrencies])].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}
