// ESLint flat config. Fast on purpose: typescript-eslint without type information.
// Layering (docs/decisions/0010): lib/ never imports app/ or components/; outside lib/<area>/ only
// the area's two entries (@/lib/<area> and @/lib/<area>/client) may be imported; no import cycles;
// process.env is read only by the bootstrap code.
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier/flat";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Areas with two public entries (index.ts for server code, client.ts for the browser).
const AREAS = ["booking", "bots", "ticketing", "analytics", "customers", "orders", "api"];

const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx", "test/**", "e2e/**"];

const libNeverImportsUi = {
  target: "lib",
  from: ["app", "components"],
  message: "lib/ must not import app/ or components/ (docs/decisions/0010).",
};

// A file outside lib/<area>/ may import lib/<area>/index.ts and lib/<area>/client.ts, nothing else of it.
const areaZones = AREAS.map((area) => ({
  target: ["!(lib)/**", "*", "lib/*", `lib/!(${area})/**`],
  from: `lib/${area}`,
  except: ["./index.ts", "./client.ts"],
  message: `Outside lib/${area}/ import only "@/lib/${area}" or "@/lib/${area}/client" (docs/decisions/0010).`,
}));

export default tseslint.config(
  {
    name: "frontdesk/ignores",
    ignores: ["**/node_modules/", ".next*/", "lib/db/generated/", ".data/", "test-results/", "e2e-results/", "playwright-report/", "coverage/", "next-env.d.ts", "**/*.sql"],
  },

  tseslint.configs.recommended,
  {
    name: "frontdesk/typescript",
    rules: {
      // The code drops fields with `const { secret: _secret, ...rest } = row` and names unused parameters `_`.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          ignoreRestSiblings: true,
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },

  {
    name: "frontdesk/import-x",
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": importX.flatConfigs.typescript.settings["import-x/extensions"],
      "import-x/external-module-folders": ["node_modules", "node_modules/@types"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx", ".cts", ".mts"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json", alwaysTryTypes: true })],
    },
  },

  {
    name: "frontdesk/no-cycle",
    files: ["{lib,app,components,scripts,test,prisma,e2e}/**/*.{ts,tsx,mts,mjs}"],
    rules: {
      "import-x/no-cycle": ["error", { maxDepth: Infinity, ignoreExternal: true }],
    },
  },

  {
    name: "frontdesk/layering",
    ignores: TEST_FILES,
    rules: {
      "import-x/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: [libNeverImportsUi, ...areaZones] }],
    },
  },

  {
    name: "frontdesk/no-process-env",
    ignores: ["lib/env.ts", "scripts/**", "e2e/**", "test/**", "**/*.test.ts", "**/*.test.tsx", "playwright.config.ts", "vitest.config.ts", "next.config.ts", "prisma.config.ts", "eslint.config.mjs"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts, not process.env." }],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "process", importNames: ["env"], message: "Read configuration through lib/env.ts, not process.env." },
            { name: "node:process", importNames: ["env"], message: "Read configuration through lib/env.ts, not process.env." },
          ],
        },
      ],
    },
  },

  {
    name: "frontdesk/react-hooks",
    files: ["{app,components,lib}/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      // An error, not a warning: there are no violations today and warnings never fail `npm run lint`.
      // An intended omission gets an eslint-disable-next-line comment that says why.
      "react-hooks/exhaustive-deps": "error",
    },
  },

  {
    name: "frontdesk/next",
    files: ["{app,components}/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin },
    settings: { next: { rootDir: import.meta.dirname } },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
    },
  },

  prettier,
);
