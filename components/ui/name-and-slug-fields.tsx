"use client";
import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { slugify } from "@/lib/tenancy/org-fields";

/**
 * A name and the slug that follows it (slugified) until the slug is edited by hand. `locked`: the
 * slug never follows (an existing record keeps its address when renamed).
 */
export function useSlugFollowingName(initial: { name: string; slug: string }, locked: boolean) {
  const [name, setName] = useState(initial.name);
  const [slug, setSlug] = useState(initial.slug);
  const [slugEdited, setSlugEdited] = useState(locked);
  return {
    name,
    slug,
    changeName: (value: string) => {
      setName(value);
      if (!slugEdited) setSlug(slugify(value));
    },
    changeSlug: (value: string) => {
      setSlug(value);
      setSlugEdited(true);
    },
  };
}

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
  const { name: value, slug, changeName, changeSlug } = useSlugFollowingName(initial, editing);
  return (
    <>
      <TextField label={name.label} name={name.field} required value={value} onChange={(e) => changeName(e.target.value)} error={errors[name.field]} maxLength={name.maxLength} autoComplete="off" />
      <TextField label="Slug" name="slug" required value={slug} onChange={(e) => changeSlug(e.target.value)} error={errors.slug} hint={slugField.hint(slug)} maxLength={slugField.maxLength} autoComplete="off" />
    </>
  );
}
