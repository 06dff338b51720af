import { NextResponse, type NextRequest } from "next/server";
import { cameOverHttps, createNonce, pageKind, securityHeaders } from "@/lib/security/security-headers";

// Every request but Next's hashed static files: the security headers (lib/security), and for
// pages rendered per request a nonce that Next puts on its own scripts. It neither redirects nor
// checks sign-in: pages and routes do that themselves.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = createNonce();
  const https = cameOverHttps({ url: request.url, forwardedProto: request.headers.get("x-forwarded-proto"), appUrl: process.env.APP_URL });
  const headers = securityHeaders({ pathname, nonce, https, dev: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's policy while rendering; cached pages and data
  // (webhooks on the hot path among them) go on untouched.
  let response = NextResponse.next();
  if (pageKind(pathname) === "page") {
    const forwarded = new Headers(request.headers);
    forwarded.set("content-security-policy", headers["Content-Security-Policy"]);
    forwarded.set("x-nonce", nonce);
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
