import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { getEmail, listEmails } from "./list-emails";

describe("listing the outbox", () => {
  it("pages newest first, 25 a page, clamping the page number", async () => {
    const org = await createOrg();
    const start = Date.now() - 100_000;
    await db.emailOutbox.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ orgId: org.orgId, to: `n${i}@example.com`, subject: `#${i}`, html: "<p>x</p>", createdAt: new Date(start + i * 1000) })),
    });
    const first = await listEmails({ orgId: org.orgId });
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(first.emails).toHaveLength(25);
    expect(first.emails[0].subject).toBe("#29");
    expect(first.emails[0]).not.toHaveProperty("html");
    const second = await listEmails({ orgId: org.orgId, page: 2 });
    expect(second.emails.map((e) => e.subject)).toEqual(["#4", "#3", "#2", "#1", "#0"]);
    expect((await listEmails({ orgId: org.orgId, page: 99 })).page).toBe(2);
    expect((await listEmails({ orgId: org.orgId, page: -3 })).page).toBe(1);
    expect((await listEmails({ orgId: org.orgId, page: Number.NaN })).page).toBe(1);
  });

  it("an empty outbox is one empty page", async () => {
    const org = await createOrg();
    expect(await listEmails({ orgId: org.orgId })).toEqual({ emails: [], total: 0, page: 1, pageCount: 1 });
  });

  it("one email: attachments as name, type and size only; invitation links hidden on request", async () => {
    const org = await createOrg();
    const token = "A".repeat(43);
    const email = await db.emailOutbox.create({
      data: {
        orgId: org.orgId,
        to: "x@example.com",
        subject: "Join",
        html: `<a href="http://localhost:3000/invite/${token}">Join</a>`,
        text: `Join: http://localhost:3000/invite/${token}`,
        attachments: [{ filename: "ticket.ics", content: "QkVHSU46VkNBTEVOREFS", contentType: "text/calendar" }, { junk: true }],
      },
    });
    const full = await getEmail({ orgId: org.orgId, emailId: email.id });
    expect(full?.html).toContain(token);
    expect(full?.attachments).toEqual([
      { filename: "ticket.ics", contentType: "text/calendar", size: 15 },
      { filename: "attachment", contentType: null, size: 0 },
    ]);
    const hidden = await getEmail({ orgId: org.orgId, emailId: email.id, hideInvitationLinks: true });
    expect(hidden?.html).not.toContain(token);
    expect(hidden?.text).not.toContain(token);
    expect(hidden?.html).toContain("/invite/[hidden]");
    expect(await getEmail({ orgId: org.orgId, emailId: "" })).toBeNull();
    expect(await getEmail({ orgId: org.orgId, emailId: "x".repeat(500) })).toBeNull();
  });
});
