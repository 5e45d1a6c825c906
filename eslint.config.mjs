// ESLint flat config: typescript-eslint's recommended rules, the Office add-in rules
// (eslint-plugin-office-addins: load/sync discipline), React hooks left to review.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

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
  {
    files: ["**/*.{js,cjs}", "scripts/**", "bench/**", "test/**", "src/cli/**", "bin/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
