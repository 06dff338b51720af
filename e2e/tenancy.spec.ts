import { e2eDb, expect, signIn, test } from "./fixtures";

// Invariant 1: a member of org B gets 404 for org A's customer through the page, the server
// action and the API, and nothing of A changes.
test("[TENANCY]: org B's member cannot see or change org A's customer by id", async ({ page, makeAccount }) => {
  const a = await makeAccount({ orgName: "Org A" });
  const b = await makeAccount({ orgName: "Org B" });
  const secret = await e2eDb.customer.create({ data: { orgId: a.orgId, name: "A's Customer", email: "private@a.example", phone: "+1 555 0100" } });
  const own = await e2eDb.customer.create({ data: { orgId: b.orgId, name: "B's Customer" } });
  await signIn(page, b.email, b.password);

  // Pages: under A's slug and under B's own slug.
  for (const path of [`/${a.slug}/customers/${secret.id}`, `/${b.slug}/customers/${secret.id}`, `/${b.slug}/customers/${secret.id}/edit`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByText("A's Customer")).toHaveCount(0);
  }

  // API routes.
  for (const path of [`/api/orgs/${a.slug}/customers/${secret.id}`, `/api/orgs/${b.slug}/customers/${secret.id}`]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text()).not.toContain("private@a.example");
  }
  const exported = await page.request.get(`/api/orgs/${a.slug}/customers/export`);
  expect(exported.status()).toBe(404);

  // The server action: B's own edit form, re-pointed at A's customer (and at A's slug).
  for (const target of [{ id: secret.id }, { id: secret.id, org: a.slug }]) {
    await page.goto(`/${b.slug}/customers/${own.id}/edit`);
    // Typing first: a re-render of the form while typing would put React's own hidden values back.
    await page.getByLabel("Name").fill("Hijacked");
    await page.evaluate(({ id, org }) => {
      (document.querySelector('input[name="id"]') as HTMLInputElement).value = id;
      if (org) (document.querySelector('input[name="org"]') as HTMLInputElement).value = org;
    }, target);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /not found/i })).toBeVisible();
  }
  const after = await e2eDb.customer.findUniqueOrThrow({ where: { id: secret.id } });
  expect(after).toMatchObject({ name: "A's Customer", email: "private@a.example", phone: "+1 555 0100", updatedAt: secret.updatedAt });
  expect((await e2eDb.customer.findUniqueOrThrow({ where: { id: own.id } })).name).toBe("B's Customer");
});

test("[TENANCY]: a STAFF member cannot change settings or members", async ({ page, makeAccount }) => {
  const staff = await makeAccount({ role: "STAFF", orgName: "Staffed Org" });
  await signIn(page, staff.email, staff.password);
  await page.goto(`/${staff.slug}/settings`);
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await page.goto(`/${staff.slug}/settings/members`);
  await expect(page.getByRole("button", { name: /invite/i })).toHaveCount(0);
  const org = await e2eDb.organization.findUniqueOrThrow({ where: { id: staff.orgId } });
  expect(org.name).toBe("Staffed Org");
});
