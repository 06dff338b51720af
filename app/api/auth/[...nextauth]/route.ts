// GET/POST /api/auth/*: Auth.js (session, CSRF, magic-link callback, credentials callback)
export { GET, POST } from "@/lib/auth/auth-handlers";
