import { describe, expect, it } from "vitest";
import { cameOverHttps, contentSecurityPolicy, createNonce, pageKind, securityHeaders } from "./security-headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("security headers", () => {
  it("tells per-request pages, the cached event page and data (API routes, uploads) apart", () => {
    expect(pageKind("/lumen/events")).toBe("page");
    expect(pageKind("/e/winter-lights")).toBe("cached-page");
    expect(pageKind("/e/winter-lights/")).toBe("cached-page");
    // The order, access and canceled pages under an event are rendered per request.
    expect(pageKind("/e/winter-lights/order/o1")).toBe("page");
    expect(pageKind("/e/winter-lights/access")).toBe("page");
    expect(pageKind("/t/abc")).toBe("page");
    expect(pageKind("/api/stripe/webhook")).toBe("data");
    expect(pageKind("/uploads/covers/a.svg")).toBe("data");
    expect(pageKind("/apiary")).toBe("page");
  });

  it("lets only scripts with this request's nonce run on pages rendered per request", () => {
    const csp = contentSecurityPolicy({ kind: "page", nonce: "abc123", dev: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("gives the cached event page a policy without a nonce (its HTML was rendered for someone else)", () => {
    const csp = contentSecurityPolicy({ kind: "cached-page", nonce: "abc123", dev: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain("nonce-");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("lets nothing load or run from an API answer or an uploaded file", () => {
    expect(contentSecurityPolicy({ kind: "data", nonce: "n", dev: false })).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });

  it("allows eval only in development, for React's error overlay", () => {
    expect(directive(contentSecurityPolicy({ kind: "page", nonce: "n", dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("sends the same frame, sniffing, referrer and camera rules everywhere, and HSTS only over https", () => {
    for (const pathname of ["/", "/e/x", "/api/health"]) {
      const plain = securityHeaders({ pathname, nonce: "n", https: false, dev: false });
      expect(plain).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin", "Permissions-Policy": "camera=(self), microphone=(), geolocation=(), payment=()" });
      expect(plain["Strict-Transport-Security"]).toBeUndefined();
      expect(securityHeaders({ pathname, nonce: "n", https: true, dev: false })["Strict-Transport-Security"]).toBe("max-age=63072000");
    }
  });

  it("knows a request came over https from the URL, the proxy's X-Forwarded-Proto, or an https APP_URL", () => {
    expect(cameOverHttps({ url: "http://localhost:3000/", forwardedProto: null, appUrl: "http://localhost:3000" })).toBe(false);
    expect(cameOverHttps({ url: "http://localhost:3000/", forwardedProto: "https", appUrl: undefined })).toBe(true);
    expect(cameOverHttps({ url: "http://localhost:3000/", forwardedProto: "HTTPS, http", appUrl: undefined })).toBe(true);
    expect(cameOverHttps({ url: "http://localhost:3000/", forwardedProto: "http", appUrl: "https://desk.example.com" })).toBe(true);
    expect(cameOverHttps({ url: "https://desk.example.com/", forwardedProto: null, appUrl: undefined })).toBe(true);
  });

  it("makes a new, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
