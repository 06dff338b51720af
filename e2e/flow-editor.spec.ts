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

/** The canvas zoom, read from xyflow's viewport transform ("translate(x, y) scale(z)"). */
async function canvasZoom(page: Page) {
  const transform = await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1]);
}

/** Waits until the canvas has left xyflow's default viewport: the editor placed it. */
async function opened(page: Page) {
  const numbers = () => page.locator(".react-flow__viewport").evaluate((el) => ((el as HTMLElement).style.transform.match(/-?[\d.]+/g) ?? []).map(Number).join(","));
  await expect.poll(numbers).not.toBe("0,0,1");
}

/** The smallest text on any card, in on-screen pixels (computed font size times the zoom). */
async function smallestNodeText(page: Page, zoom: number) {
  const sizes = await page.locator(".react-flow__node").evaluateAll((nodes) => nodes.flatMap((n) => [...n.querySelectorAll("span, p, li")].filter((el) => el.textContent?.trim()).map((el) => parseFloat(getComputedStyle(el).fontSize))));
  return Math.min(...sizes) * zoom;
}

async function nodeBoxes(page: Page) {
  const canvas = (await page.locator(".react-flow").boundingBox())!;
  const boxes = await Promise.all((await page.locator(".react-flow__node").all()).map(async (n) => ({ id: await n.getAttribute("data-id"), box: (await n.boundingBox())! })));
  return { canvas, boxes, inside: (b: { x: number; y: number; width: number; height: number }) => b.x >= canvas.x && b.y >= canvas.y && b.x + b.width <= canvas.x + canvas.width && b.y + b.height <= canvas.y + canvas.height };
}

const at = (x: number, y: number) => ({ x, y });

test("[BOTS]: the editor opens on the flow at a readable zoom; Add step says where the step went; a shared /start is a Problem", async ({ page, makeAccount }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const account = await makeAccount({ orgName: "Fit Studio" });
  const bot = await e2eDb.bot.create({ data: { orgId: account.orgId, telegramBotId: BigInt(Date.now()), username: `e2e_${account.slug.slice(4)}_fit_bot`, name: "Fit bot", webhookSecret: "e2e", status: "DEMO" } });
  const graph = (nodes: unknown[], edges: unknown[]) => ({ nodes, edges, settings: { sessionTimeoutHours: 24 } });
  // Three columns: fits the 1440 px canvas only a little shrunk.
  const small = graph(
    [
      { id: "start", type: "trigger", position: at(0, 0), data: { trigger: { kind: "start", payload: "" } } },
      { id: "hello", type: "message", position: at(280, 0), data: { text: "Hello there, nice to see you.", buttons: [] } },
      { id: "ask", type: "question", position: at(560, 0), data: { text: "What is your name?", variable: "name", answerType: "text", maxLength: 80, options: [], errorText: "", maxRetries: 2 } },
    ],
    [
      { id: "e1", source: "start", target: "hello" },
      { id: "e2", source: "hello", target: "ask" },
    ],
  );
  const wide = { ...small, nodes: [...small.nodes, ...[840, 1120, 1400, 1680].map((x, i) => ({ id: `m${i}`, type: "message", position: at(x, 240), data: { text: `Step ${i}`, buttons: [] } }))] };
  const flow = (name: string, g: object, position: number, published: boolean) =>
    e2eDb.flow.create({ data: { orgId: account.orgId, botId: bot.id, name, draftGraph: g, position, ...(published ? { publishedVersion: 1, publishedAt: new Date(), versions: { create: { version: 1, graph: g, publishedAt: new Date() } } } : {}) } });
  const fits = await flow("Short", small, 0, true);
  const big = await flow("Long", wide, 1, false);
  const promo = await flow("Promo", small, 2, true);
  await signIn(page, account.email, account.password);

  // A flow that fits: every card inside the canvas, not blown up, its smallest text >= 12 px on screen.
  await page.goto(`/${account.slug}/bots/${bot.id}/flows/${fits.id}`);
  await expect(page.locator(".react-flow__node")).toHaveCount(3);
  await opened(page);
  const zoom = await canvasZoom(page);
  expect(zoom).toBeLessThanOrEqual(1);
  expect(await smallestNodeText(page, zoom)).toBeGreaterThanOrEqual(12);
  const fitted = await nodeBoxes(page);
  expect(fitted.boxes.filter((b) => !fitted.inside(b.box)).map((b) => b.id)).toEqual([]);

  // Add step on a step whose only exit is taken: not connected, and the editor says so and where it went.
  await page.locator('.react-flow__node[data-id="start"]').click();
  await page.getByRole("button", { name: "+ Add step" }).click();
  await expect(page.getByRole("menu")).toContainText("The selected step has no free exit");
  await page.getByRole("menuitem", { name: /^Message/ }).click();
  await expect(page.getByTestId("editor-notice")).toHaveText("The new Message step is not connected: every exit of the selected step is already connected. It is placed next to the selected step; drag from an exit to connect it.");
  // With a free exit it is connected, and the notice names the exit.
  await page.getByRole("button", { name: "Fit View" }).click();
  await page.locator('.react-flow__node[data-id="ask"]').click();
  await addStep(page, "Message");
  await expect(page.getByTestId("editor-notice")).toHaveText("Message step added after the selected step, on its “Answered” exit.");

  await expect(page.getByTestId("save-status")).toHaveText("Saved");

  // "Promo" below it also starts on /start: a warning that names the flow the bot runs.
  await page.getByRole("tab", { name: /Problems/ }).click();
  await expect(page.getByRole("list", { name: "Problems" })).toContainText("/start is also a trigger of “Promo”: the bot runs this flow for it (higher in the flows list), never “Promo”.");
  await page.goto(`/${account.slug}/bots/${bot.id}/flows`);
  await expect(page.getByRole("row", { name: /Promo/ })).toContainText("the bot runs “Short” for it (higher in the flows list), never this trigger.");

  // A flow too big to fit readably: readable zoom, opened at its start, nothing cut off on the left or top.
  await page.goto(`/${account.slug}/bots/${bot.id}/flows/${big.id}`);
  await expect(page.locator(".react-flow__node")).toHaveCount(7);
  await opened(page);
  expect(await canvasZoom(page)).toBeCloseTo(12 / 13, 3);
  expect(await smallestNodeText(page, await canvasZoom(page))).toBeGreaterThanOrEqual(12);
  const long = await nodeBoxes(page);
  expect(long.inside(long.boxes.find((b) => b.id === "start")!.box)).toBe(true);
  expect(long.boxes.every((b) => b.box.x >= long.canvas.x && b.box.y >= long.canvas.y)).toBe(true);
  expect(promo.id).toBeTruthy();
});
