import { z } from "zod";

/**
 * The `ref` of a bot link as a form or JSON body sends it (checkout, booking). Verified later,
 * in the purchase's transaction; anything unusable is simply no ref, never a field error.
 */
export const botRefField = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === "string" && v.trim() && v.length <= 500 ? v.trim() : null));
