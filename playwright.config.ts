import { defineConfig } from "@playwright/test";

// e2e runs the real `npm start` path (embedded Postgres, migrations, production build) on its
// own port, data folder and a fresh database, in Debian's Chromium (no browser downloads).
export const e2ePort = Number(process.env.E2E_PORT || 3100);
export const e2ePgPort = Number(process.env.E2E_PG_PORT || 54349);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "e2e-results/e2e.json" }], ...(process.env.CI ? [] : [["html", { open: "never" }] as const])],
  outputDir: "e2e-results/artifacts",
  use: {
    baseURL: `http://localhost:${e2ePort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `http://127.0.0.1:${e2ePort}/api/health`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "pipe",
    env: {
      PORT: String(e2ePort),
      APP_URL: `http://localhost:${e2ePort}`,
      FRONTDESK_DATA_DIR: ".data/e2e",
      EMBEDDED_PG_PORT: String(e2ePgPort),
      FRONTDESK_FRESH_DB: "1",
      RESEND_API_KEY: "",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
