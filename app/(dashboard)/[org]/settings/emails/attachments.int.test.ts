import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { attachmentDisposition, safeFilename } from "@/lib/email/get-email-attachment";
import { createOrg, signInAs } from "@/test/factories";
import { GET } from "./[id]/attachments/[index]/route";

// Integration: downloading an outbox attachment, as Next calls the route.
const call = (params: Record<string, string>) => GET(new Request(`http://localhost/${params.org}/settings/emails/${params.id}/attachments/${params.index}`), { params: Promise.resolve(params) });

describe("GET /[org]/settings/emails/[id]/attachments/[index]", () => {
  it("returns the exact bytes as a download with a safe name; another org's email, a bad index or no session is refused", async () => {
    const [a, b] = await Promise.all([createOrg(), createOrg()]);
    const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
    const email = await db.emailOutbox.create({
      data: {
        orgId: a.orgId,
        to: "x@example.com",
        subject: "Tickets",
        html: "<p>x</p>",
        attachments: [
          { filename: "ticket.ics", content: Buffer.from(ics).toString("base64"), contentType: "text/calendar" },
          { filename: '../../"evil"\r\nSet-Cookie: x=1.png', content: png.toString("base64"), contentType: "text/html\r\nX-Bad: 1" },
        ],
      },
    });
    signInAs(a.userId);
    const first = await call({ org: a.slug, id: email.id, index: "0" });
    expect(first.status).toBe(200);
    expect(await first.text()).toBe(ics);
    expect(first.headers.get("content-type")).toBe("text/calendar");
    expect(first.headers.get("content-disposition")).toBe(`attachment; filename="ticket.ics"; filename*=UTF-8''ticket.ics`);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");

    const second = await call({ org: a.slug, id: email.id, index: "1" });
    expect(Buffer.from(await second.arrayBuffer()).equals(png)).toBe(true);
    expect(second.headers.get("content-type")).toBe("application/octet-stream"); // a forged type is not echoed
    const disposition = second.headers.get("content-disposition")!;
    expect(disposition.split(";")[1]).toBe(' filename="_.._evil_Set-Cookie_ x=1.png"'); // no path, quote or line break survives

    for (const index of ["2", "-1", "x", "1.5"]) expect((await call({ org: a.slug, id: email.id, index })).status).toBe(404);
    signInAs(b.userId);
    expect((await call({ org: b.slug, id: email.id, index: "0" })).status).toBe(404);
    expect((await call({ org: a.slug, id: email.id, index: "0" })).status).toBe(404);
    signInAs(null);
    expect((await call({ org: a.slug, id: email.id, index: "0" })).status).toBe(401);
  });

  it("file names: no paths, quotes or control characters; non-ASCII kept in filename*", () => {
    expect(safeFilename("../a/b.txt")).toBe("_a_b.txt");
    expect(safeFilename(' "x"\n.ics ')).toBe("_x_.ics");
    expect(safeFilename(42)).toBe("attachment");
    expect(safeFilename("...")).toBe("attachment");
    expect(attachmentDisposition("Eintrittskarte März.pdf")).toBe(`attachment; filename="Eintrittskarte M_rz.pdf"; filename*=UTF-8''Eintrittskarte%20M%C3%A4rz.pdf`);
  });
});
