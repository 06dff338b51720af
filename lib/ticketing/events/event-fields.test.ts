import { describe, expect, it } from "vitest";
import { eventFieldsSchema } from "./event-fields";

const base = { title: "Summer Show", slug: "summer-show", startsAt: "2026-07-10T19:00", endsAt: "2026-07-10T23:00" };
const errors = (fields: Record<string, unknown>) => {
  const r = eventFieldsSchema.safeParse({ ...base, ...fields });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("eventFieldsSchema", () => {
  it("trims, lowercases the slug, blank venue and description", () => {
    const r = eventFieldsSchema.safeParse({ ...base, slug: " Summer-Show ", venueId: "", description: "  " });
    expect(r.success && r.data).toEqual({ ...base, slug: "summer-show", venueId: null, description: "" });
  });

  it("refuses bad titles, slugs and times with messages per field", () => {
    expect(errors({ title: " ", slug: "no spaces!", startsAt: "" })).toEqual({ title: "Title is required", slug: "Use lowercase letters, digits and single dashes, e.g. summer-show-2026", startsAt: "Start is required" });
    expect(errors({ slug: "ab" }).slug).toBe("Use at least 3 characters");
    expect(errors({ endsAt: "2026-07-10T18:00" }).endsAt).toBe("The end must be after the start");
    expect(errors({ endsAt: "2026-07-10T19:00" }).endsAt).toBe("The end must be after the start");
  });
});
