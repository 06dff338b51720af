// The customers area's public entry: code outside lib/customers imports only this (or ./client in the browser).
export * from "./client";
export { importCustomers, previewCustomerImport, toPreviewView } from "./import/import-customers";
export { type CustomerSpend, formatSpend } from "./profile/get-customer-spend";
export { getCustomerStats } from "./profile/get-customer-stats";
export { getCustomerTimeline, type TimelineItem } from "./profile/get-customer-timeline";
export { createCustomer } from "./records/create-customer";
export { customerFieldsSchema, customerFieldsToForm, emailField, nameField, notesField, phoneField, splitTags } from "./records/customer-fields";
export { type CustomerFilters, customerFiltersSchema, hasFilters, parseFiltersLenient } from "./records/customer-filters";
export { deleteCustomer } from "./records/delete-customer";
export { exportCustomersCsv, exportCustomersWhereCsv, totalSpentCell } from "./records/export-customers-csv";
export { customerToJson, getCustomer, listCustomersAfter } from "./records/get-customer";
export { countCustomers, listCustomers, listCustomerTags } from "./records/list-customers";
export { customerSearchSchema, searchCustomers } from "./records/search-customers";
export { updateCustomer } from "./records/update-customer";
export { upsertCustomerByEmail } from "./records/upsert-customer-by-email";
