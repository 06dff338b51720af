import type { MetadataRoute } from "next";

// GET /robots.txt (else "robots.txt" would be taken for an org's slug): public pages may be
// indexed; links that carry a ticket code or a token, invitations and the API may not.
// Uploads may: link previews fetch event covers from there.
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/t/", "/book/manage/", "/book/booking/", "/invite/"] } };
}
