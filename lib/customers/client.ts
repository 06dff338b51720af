// The customers area's browser-safe public entry: what client components may import.
// Server code imports @/lib/customers, which re-exports this too.
export type { ImportPreviewView, ImportResult } from "./import/import-customers";
export { customerSourceLabels } from "./records/customer-filters";
