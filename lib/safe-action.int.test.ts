import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { AppError } from "./errors";
import { orgAction } from "./safe-action";

const calls: string[] = [];
const renameAction = orgAction({ schema: z.object({ title: z.string().trim().min(1, "Enter a title").max(10, "Too long") }), role: "ADMIN" }, async ({ title }, ctx) => {
  calls.push(`${ctx.orgId}:${title}`);
  return { ok: true as const, message: "Saved" };
});
const crashingAction = orgAction({ schema: z.object({}) }, async () => {
  throw new Error("secret internal detail at db.ts:42");
});
const conflictAction = orgAction({ schema: z.object({}) }, async () => {
  throw new AppError("CONFLICT", "Email taken", { email: "Email taken" });
});

describe("orgAction: session, membership, role and input, before any work", () => {
  it("refuses a visitor without a session", async () => {
    const org = await createOrg();
    signInAs(null);
    expect(await renameAction(null, form({ org: org.slug, title: "x" }))).toMatchObject({ ok: false, message: "Please sign in to continue." });
  });

  it("answers Not found to a user of another organization, with the same message as an unknown slug", async () => {
    const a = await createOrg();
    const b = await createOrg();
    signInAs(b.userId);
    const foreign = await renameAction(null, form({ org: a.slug, title: "x" }));
    const unknown = await renameAction(null, form({ org: "no-such-org", title: "x" }));
    expect(foreign).toMatchObject({ ok: false, message: "Not found." });
    expect(unknown).toMatchObject({ ok: false, message: "Not found." });
    expect(calls.filter((c) => c.startsWith(a.orgId))).toEqual([]);
  });

  it("refuses a STAFF member an ADMIN action and lets an admin through", async () => {
    const org = await createOrg();
    const staff = await addMember(org.orgId, "STAFF");
    signInAs(staff.id);
    expect(await renameAction(null, form({ org: org.slug, title: "x" }))).toMatchObject({ ok: false, message: expect.stringMatching(/role/) });
    const admin = await addMember(org.orgId, "ADMIN");
    signInAs(admin.id);
    expect(await renameAction(null, form({ org: org.slug, title: "Spring" }))).toEqual({ ok: true, message: "Saved" });
    expect(calls).toContain(`${org.orgId}:Spring`);
  });

  it("returns field errors and the values sent (never a password) for bad input", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    const result = await renameAction(null, form({ org: org.slug, title: "x".repeat(5000), password: "hunter2" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: "Too long" }, values: { org: org.slug, title: "x".repeat(5000) } });
    expect(JSON.stringify(result)).not.toContain("hunter2");
    expect(await renameAction(null, form({ org: org.slug, title: "   " }))).toMatchObject({ fieldErrors: { title: "Enter a title" } });
    expect(await renameAction(null, form({ org: org.slug, title: "a\u0000b" }))).toMatchObject({ fieldErrors: { title: expect.stringMatching(/control characters/) } });
  });

  it("maps AppError to its message and hides unexpected errors", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    expect(await conflictAction(null, form({ org: org.slug }))).toMatchObject({ ok: false, message: "Email taken", fieldErrors: { email: "Email taken" } });
    const crashed = await crashingAction(null, form({ org: org.slug }));
    expect(crashed).toMatchObject({ ok: false });
    expect(JSON.stringify(crashed)).not.toContain("secret internal detail");
  });
});
