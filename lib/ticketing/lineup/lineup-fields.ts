import { z } from "zod";
import { lineField, optionalTextField } from "@/lib/shared/form-fields";

// A lineup entry (performer, designer, speaker): name, role, bio and collection/show notes.
export const lineupFieldsSchema = z.object({
  name: lineField("Name", 120),
  role: lineField("Role", 80),
  bio: optionalTextField("Bio", 2000),
  notes: optionalTextField("Notes", 2000),
});

export type LineupFields = z.infer<typeof lineupFieldsSchema>;
