// The customers area's browser-safe public entry: what client components may import.
// Server code imports @/lib/customers, which re-exports this too.
export { importCustomers, type ImportPreviewView, type ImportResult, previewCustomerImport, toPreviewView } from "./import/import-customers";
export { type CustomerFilters, customerFiltersSchema, customerSourceLabels, hasFilters, parseFiltersLenient } from "./records/customer-filters";
