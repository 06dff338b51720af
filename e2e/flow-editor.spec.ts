import type { Page } from "@playwright/test";
import { e2eDb, expect, signIn, test } from "./fixtures";

// An owner builds /start -> greeting -> question -> thanks on the canvas, tries it in the preview
// chat, and publishes version 1. The bot row is made directly (no Telegram needed).

const selectedNodeId = (page: Page) => page.locator(".react-flow__node.selected").getAttribute("data-id");

async function addStep(page: Page, label: string) {
  await page.getByRole("button", { name: "+ Add step" }).click();
  await page.getByRole("menuitem", { name: new RegExp(`^${label}`) }).click();
  return (await selectedNodeId(page))!;
}

/** Drags from a node's exit to another node's input, as a user connects them. */
async function connect(page: Page, from: string, exit: string, to: string) {
  const source = page.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle.source[data-handleid="${exit}"]`);
  const target = page.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle.target`);
  const [a, b] = [await source.boundingBox(), await target.boundingBox()];
  await page.mouse.move(a!.x + a!.width / 2, a!.y + a!.height / 2);
  await page.mouse.down();
  await page.mouse.move(b!.x + b!.width / 2, b!.y + b!.height / 2, { steps: 12 });
  await page.mouse.up();
}

test("[BOTS]: build a two-step flow with a question on the canvas, preview it, publish", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Flow Studio" });
  const bot = await e2eDb.bot.create({ data: { orgId: account.orgId, telegramBotId: BigInt(Date.now()), username: `e2e_${account.slug.slice(4)}_bot`, name: "Studio bot", webhookSecret: "e2e", status: "DEMO" } });
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/bots/${bot.id}/flows`);
  await expect(page.getByText("No flows yet")).toBeVisible();
  await page.getByRole("button", { name: "Create flow" }).click();
  await expect(page.getByText("Give the flow a name")).toBeVisible();
  await page.getByLabel("New flow").fill("Welcome");
  await page.getByRole("button", { name: "Create flow" }).click();
  await expect(page.getByRole("heading", { name: "Welcome" })).toBeVisible();

  // After the trigger's greeting: a question, connected automatically to the selected step.
  await page.locator('.react-flow__node[data-id="welcome"]').click();
  const question = await addStep(page, "Question");
  await expect(page.getByText("The question has no text.")).toBeVisible(); // validation next to the field
  await page.getByLabel("Question", { exact: true }).fill("What is your name?");
  await page.getByLabel("Save the answer in variable").fill("name");
  await expect(page.getByText("The question has no text.")).toBeHidden();

  // A closing message placed on its own, then connected by dragging from the question's exit.
  await page.locator(".react-flow__pane").click({ position: { x: 20, y: 20 } });
  const thanks = await addStep(page, "Message");
  await page.getByLabel("Text", { exact: true }).fill("Nice to meet you, <b>{{name}}</b>!");
  await expect(page.getByRole("tab", { name: /Problems \(1\)/ })).toBeVisible();
  await page.getByRole("button", { name: "Fit View" }).click();
  await connect(page, question, "next", thanks);
  await expect(page.getByRole("tab", { name: "Problems (0)" })).toBeVisible();

  // Delete on a connected step asks first; Ctrl+Z brings it back with its connection.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.locator(`.react-flow__node[data-id="${thanks}"]`).click();
  await page.keyboard.press("Delete");
  await expect(page.locator(`.react-flow__node[data-id="${thanks}"]`)).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(page.locator(`.react-flow__node[data-id="${thanks}"]`)).toHaveCount(1);
  await expect(page.getByRole("tab", { name: "Problems (0)" })).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText("Saved");

  // The preview runs the draft: the greeting, the question, a wrong-length answer is fine (free text), the reply.
  await page.getByRole("tab", { name: "Preview" }).click();
  await page.getByLabel("Message to the bot").fill("/start");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const bot1 = page.getByTestId("preview-bot-message");
  await expect(bot1.nth(0)).toContainText("Hi Sam!");
  await expect(bot1.nth(1)).toHaveText("What is your name?");
  await page.getByLabel("Message to the bot").fill("Ada");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(bot1.nth(2)).toHaveText("Nice to meet you, Ada!");
  await expect(bot1.nth(2).locator("b")).toHaveText("Ada");
  await expect(page.getByLabel("Preview variables")).toContainText("nameAda");
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(bot1).toHaveCount(0);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published version 1.")).toBeVisible();
  await expect(page.getByText("Published v1")).toBeVisible();
  const versions = await e2eDb.flowVersion.findMany({ where: { flow: { botId: bot.id } }, select: { version: true, graph: true } });
  expect(versions.map((v) => v.version)).toEqual([1]);
  expect(JSON.stringify(versions[0].graph)).toContain("What is your name?");

  await page.getByRole("link", { name: "← Flows" }).click();
  await expect(page.getByRole("row", { name: /Welcome/ })).toContainText("Published v1");
});
