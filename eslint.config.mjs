// ESLint flat config: typescript-eslint's recommended rules, the Office add-in rules
// (eslint-plugin-office-addins: load/sync discipline), the layers' import boundaries and who
// may touch the Office globals (docs/architecture.md), React hooks left to review.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import layers from "./scripts/eslint/layers.mjs";

/** What each layer may import: the layers below it and the packages its job needs. */
const LAYERS = {
  "src/core": { layers: ["src/core"], packages: ["zod", "saxes"] },
  // The Office package layer (ZIP and XML) is pure like core, and sees nothing else of ours.
  "src/package": { layers: ["src/package"], packages: [] },
  "src/excel": { layers: ["src/core", "src/excel"], packages: ["zod"] },
  "src/functions": { layers: ["src/core", "src/functions"], packages: [] },
  "src/commands": { layers: ["src/commands"], packages: [] },
  "src/taskpane": {
    layers: ["src/core", "src/excel", "src/functions", "src/commands", "src/deck", "src/taskpane", "assets/sample"],
    // zod: no-eval.ts configures the one zod instance core validates with (jitless, for the CSP).
    packages: ["react", "react-dom", "@fluentui/*", "zod"],
  },
  "src/deck": { layers: ["src/core", "src/package", "src/deck"], packages: ["pptxgenjs"] },
  "src/cli": {
    layers: ["src/core", "src/package", "src/deck", "src/cli"],
    packages: ["node:*", "exceljs", "commander", "zod"],
  },
};

/**
 * Core's areas and their floors: each area may import only the areas listed (through their
 * entry points, src/core/<area>/index.ts), so the areas stack up from base without a cycle.
 * Anything outside an area imports it through its entry point; benchmarks' generated dataset is a
 * second entry point, loaded lazily as a chunk of its own. A mirror-tree unit test
 * (test/core/<area>/) may reach into the area it tests.
 */
const CORE_AREAS = {
  root: "src/core",
  floors: {
    base: [],
    dates: ["base"],
    indicators: ["dates", "base"],
    benchmarks: ["dates", "base"],
    workbook: ["benchmarks", "indicators", "dates", "base"],
    report: ["workbook", "benchmarks", "indicators", "dates", "base"],
    returns: ["workbook", "benchmarks", "indicators", "dates", "base"],
  },
  entries: { benchmarks: ["dataset.generated"] },
  mirrors: ["test/core"],
};

/** The folders around src that share code only through support/, never each other's files. */
const FORBIDDEN = {
  test: ["bench"],
  bench: ["test"],
  preview: ["test", "bench"],
  support: ["test", "bench", "preview"],
};

/** The Office.js globals. Only src/excel calls them, bar the entry points listed below. */
const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension", "CustomFunctions"];
/**
 * The thin entry points that must touch one Office global themselves: the pane and the ribbon
 * wait for Office.onReady (and the ribbon associates its actions and opens the pane), and the
 * custom functions throw CustomFunctions.Error, the only error Excel shows as #VALUE! etc.
 */
const OFFICE_ENTRY_POINTS = {
  "src/taskpane/index.tsx": ["Office"],
  "src/commands/commands.ts": ["Office"],
  "src/functions/convert.ts": ["CustomFunctions"],
};

/** no-restricted-globals and no-restricted-syntax for the Office globals but `allowed`. */
function officeGlobalsBut(allowed) {
  const names = OFFICE_GLOBALS.filter((g) => !allowed.includes(g));
  const message = "Office.js is called only from src/excel (docs/architecture.md): use its functions.";
  return {
    "no-restricted-globals": ["error", ...names.map((name) => ({ name, message }))],
    // `globalThis.Office` and `(globalThis as ...).Excel` are the same reach by another road.
    "no-restricted-syntax": [
      "error",
      { selector: `MemberExpression[property.name=/^(${names.join("|")})$/]`, message },
    ],
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js code: the load/sync discipline rules.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts", "src/functions/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      // The office-addins rules only (its preset also switches on prettier as a lint rule;
      // we run prettier --check separately).
      ...Object.fromEntries(
        officeAddins.configs.recommended
          .flatMap((c) => Object.entries(c.rules ?? {}))
          .filter(([name]) => name.startsWith("office-addins/")),
      ),
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeExtension: "readonly",
      },
    },
  },
  ...Object.entries(LAYERS).map(([dir, allow]) => ({
    files: [`${dir}/**/*.{ts,tsx}`],
    plugins: { layers },
    rules: { "layers/imports": ["error", { layer: dir, ...allow }] },
  })),
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { layers },
    rules: { "layers/core-areas": ["error", CORE_AREAS] },
  },
  ...Object.entries(FORBIDDEN).map(([dir, forbidden]) => ({
    files: [`${dir}/**/*.{ts,tsx,js,mjs,cjs}`],
    plugins: { layers },
    rules: { "layers/forbidden": ["error", { layer: dir, forbidden }] },
  })),
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", ...Object.keys(OFFICE_ENTRY_POINTS)],
    rules: officeGlobalsBut([]),
  },
  ...Object.entries(OFFICE_ENTRY_POINTS).map(([file, allowed]) => ({
    files: [file],
    rules: officeGlobalsBut(allowed),
  })),
  {
    files: ["**/*.{js,cjs,mjs}", "scripts/**", "bench/**", "test/**", "src/cli/**", "bin/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
