// The public REST API (/api/v1): keys, their verification and the route wrapper. Routes call the
// areas' own domain functions; nothing here implements a use case a second time.
export { API_KEY_PREFIX, hashApiKey } from "./api-key-secret";
export { createApiKey, listApiKeys, revokeApiKey, type ApiKeyRow } from "./api-keys";
export { authenticateApiKey, requireScope, type ApiCaller } from "./authenticate-api-key";
export { apiRoute, cursorParam, encodeCursor, flushApiCalls, limitParam, page, updatedSinceParam } from "./api-route";
export * from "./client";
