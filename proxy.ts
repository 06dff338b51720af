import { NextResponse, type NextRequest } from "next/server";
import { cameOverHttps, createNonce, pageKind, securityHeaders } from "@/lib/security/security-headers";
import { env, isDevelopment } from "@/lib/env";

// Every request but Next's hashed static files: the security headers (lib/security), and for
// pages rendered per request a nonce that Next puts on its own scripts. It neither redirects nor
// checks sign-in: pages and routes do that themselves.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = createNonce();
  const https = cameOverHttps({ url: request.url, forwardedProto: request.headers.get("x-forwarded-proto"), appUrl: env().APP_URL });
  const headers = securityHeaders({ pathname, nonce, https, dev: isDevelopment() });
  // Next reads the nonce from the request's policy while rendering; cached pages and data
  // (webhooks on the hot path among them) go on untouched.
  const response = pageKind(pathname) === "page" ? NextResponse.next({ request: { headers: withNonce(request.headers, headers["Content-Security-Policy"], nonce) } }) : NextResponse.next();
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function withNonce(incoming: Headers, policy: string, nonce: string): Headers {
  const forwarded = new Headers(incoming);
  forwarded.set("content-security-policy", policy);
  forwarded.set("x-nonce", nonce);
  return forwarded;
}

export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
