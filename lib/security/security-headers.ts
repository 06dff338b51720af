// Every response's security headers, decided here and set by proxy.ts (one place).
// See docs/decisions/0001-security-headers.md for why each value is what it is.

export type PageKind = "page" | "cached-page" | "data";

/**
 * Pages Next serves from its cache (ISR) cannot carry a per-request nonce: the cached HTML was
 * rendered for someone else. Only the public event page is cached today (app/e/[slug]/page.tsx).
 */
const CACHED_PAGES = [/^\/e\/[^/]+\/?$/];

/** API routes, webhooks and uploaded files answer data, never a document. */
const DATA = [/^\/api(\/|$)/, /^\/uploads\//];

export function pageKind(pathname: string): PageKind {
  if (DATA.some((p) => p.test(pathname))) return "data";
  return CACHED_PAGES.some((p) => p.test(pathname)) ? "cached-page" : "page";
}

/** A fresh, unguessable nonce for one request's scripts (base64 of 16 random bytes). */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy({ kind, nonce, dev }: { kind: PageKind; nonce: string; dev: boolean }): string {
  // Data (JSON, an uploaded image opened on its own): nothing in it may load or run.
  if (kind === "data") return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  const evalInDev = dev ? " 'unsafe-eval'" : ""; // React's dev overlay evaluates server stacks
  const scripts = kind === "page" ? `'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev}` : `'self' 'unsafe-inline'${evalInDev}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // React and the canvas/chart libraries set style attributes, which nonces cannot cover.
    "style-src 'self' 'unsafe-inline'",
    // Uploads, QR codes as data: URLs, and the https image a bot message sends (flow preview).
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "media-src 'self' blob:", // the door scanner's camera stream
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'", // Stripe Checkout is reached by a redirect, not a form post
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders({ pathname, nonce, https, dev }: { pathname: string; nonce: string; https: boolean; dev: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy({ kind: pageKind(pathname), nonce, dev }),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    // Links carry ticket codes, order and booking tokens: no URL ever leaves for another site.
    // (Not no-referrer: that makes a same-origin POST send `Origin: null`, and server actions refuse it.)
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=(), payment=()",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000" } : {}),
  };
}

/** The request came over https: directly, through a proxy that says so, or the app is served at https. */
export function cameOverHttps({ url, forwardedProto, appUrl }: { url: string; forwardedProto: string | null; appUrl: string | undefined }): boolean {
  return url.startsWith("https:") || forwardedProto?.split(",")[0].trim().toLowerCase() === "https" || !!appUrl?.startsWith("https:");
}
