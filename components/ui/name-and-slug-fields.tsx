"use client";
import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { slugify } from "@/lib/tenancy/org-fields";

/** A name (or title) field and the slug that follows it until the slug is edited by hand. */
export function NameAndSlugFields({
  name,
  slug: slugField,
  initial,
  editing,
  errors,
}: {
  name: { label: string; field: string; maxLength: number };
  slug: { hint: (slug: string) => string; maxLength: number };
  initial: { name: string; slug: string };
  /** An existing record keeps its slug when the name changes. */
  editing: boolean;
  errors: Record<string, string | undefined>;
}) {
  const [value, setValue] = useState(initial.name);
  const [slug, setSlug] = useState(initial.slug);
  const [slugEdited, setSlugEdited] = useState(editing);
  return (
    <>
      <TextField
        label={name.label}
        name={name.field}
        required
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          if (!slugEdited) setSlug(slugify(e.target.value));
        }}
        error={errors[name.field]}
        maxLength={name.maxLength}
        autoComplete="off"
      />
      <TextField
        label="Slug"
        name="slug"
        required
        value={slug}
        onChange={(e) => {
          setSlug(e.target.value);
          setSlugEdited(true);
        }}
        error={errors.slug}
        hint={slugField.hint(slug)}
        maxLength={slugField.maxLength}
        autoComplete="off"
      />
    </>
  );
}
