/**
 * End-to-end tests: the built preview (task pane + in-memory workbook) in headless Chromium.
 * `npm test` runs them after the unit tests (scripts/test.js sets CHROMIUM_PATH). The global
 * set-up builds the preview once into a temporary folder and serves it on 127.0.0.1; set
 * CSC_E2E_DIST to a folder holding an existing preview build to skip the build.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/test/e2e/**/*.e2e.ts"],
  testTimeout: 120000,
  maxWorkers: 1,
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          jsx: "react-jsx",
          isolatedModules: true,
          resolveJsonModule: true,
          esModuleInterop: true,
        },
        diagnostics: false,
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // The workspace package by name, also where node_modules predates the workspace's link.
  moduleNameMapper: { "^@csc/fake-excel$": "<rootDir>/packages/fake-excel/src/index.ts" },
};
