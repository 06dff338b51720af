// The API area's browser-safe entry: scopes and the key form's schema.
export { API_AREAS, API_SCOPES, apiKeyFieldsSchema, apiKeyFormSchema, apiKeyIdSchema, type ApiArea, type ApiKeyFields, type ApiScope } from "./scopes";
