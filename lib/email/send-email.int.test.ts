import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { startFakeResend, type FakeResend } from "@/test/fakes/fake-resend";
import { deliverEmail, sendSecretEmailNow } from "./deliver-email";
import { sendEmail } from "./send-email";

let resend: FakeResend;
beforeAll(async () => {
  resend = await startFakeResend();
});
afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  await resend.close();
});

describe("email outbox", () => {
  it("without Resend keeps the email in the outbox for the dashboard", async () => {
    const org = await createOrg();
    const { id } = await sendEmail({ orgId: org.orgId, to: "a@example.com", subject: "Hi", html: "<p>Hi</p>" });
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ orgId: org.orgId, to: "a@example.com", status: "OUTBOX" });
    await deliverEmail({ emailId: id }); // no key: nothing is sent, the row stays
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).status).toBe("OUTBOX");
  });

  it("with Resend sends once, with the outbox id as idempotency key, and records the provider id", async () => {
    process.env.RESEND_API_KEY = "re_test";
    process.env.RESEND_BASE_URL = resend.url;
    const org = await createOrg();
    const email = await db.emailOutbox.create({ data: { orgId: org.orgId, to: "b@example.com", subject: "Ticket", html: "<p>QR</p>", attachments: [{ filename: "a.ics", content: "QkVHSU4=" }] } });
    const before = resend.emails.length;
    await deliverEmail({ emailId: email.id });
    await deliverEmail({ emailId: email.id }); // a replayed job
    expect(resend.emails.length - before).toBe(1);
    const sent = resend.emails.at(-1)!;
    expect(sent.headers["idempotency-key"]).toBe(`email-${email.id}`);
    expect(sent.body).toMatchObject({ to: "b@example.com", subject: "Ticket" });
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: email.id } });
    expect(row.status).toBe("SENT");
    expect(row.providerId).toMatch(/^fake_/);
  });

  it("marks a refused email failed and throws so the queue retries", async () => {
    process.env.RESEND_API_KEY = "re_test";
    process.env.RESEND_BASE_URL = resend.url;
    const org = await createOrg();
    const email = await db.emailOutbox.create({ data: { orgId: org.orgId, to: "c@example.com", subject: "x", html: "x" } });
    resend.failNext(1);
    await expect(deliverEmail({ emailId: email.id })).rejects.toThrow();
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("FAILED");
    await deliverEmail({ emailId: email.id }); // the retry succeeds
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("SENT");
  });

  it("sends a secret link at once but keeps only a redacted copy in the outbox", async () => {
    process.env.RESEND_API_KEY = "re_test";
    process.env.RESEND_BASE_URL = resend.url;
    const link = "http://localhost:3000/api/auth/callback/resend?token=s3cr3t-token&email=d%40x.dev";
    const row = await sendSecretEmailNow({ orgId: null, to: "d@x.dev", subject: "Sign in", html: `<a href="${link}">Sign in</a>`, text: `Sign in: ${link}`, secrets: [link, "s3cr3t-token"] });
    expect(resend.emails.at(-1)!.body).toMatchObject({ to: "d@x.dev", text: `Sign in: ${link}` });
    const stored = await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.status).toBe("SENT");
    expect(stored.html + stored.text).not.toContain("s3cr3t-token");
    expect(stored.text).toBe("Sign in: [link removed]");
  });
});
