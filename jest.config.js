/** Jest: ts-jest transpiles only (isolatedModules); `npm run typecheck` does the type checking once. */
module.exports = {
  testEnvironment: "node",
  // The in-memory Excel host's own tests run with the add-in's (packages/fake-excel/test).
  roots: ["<rootDir>/test", "<rootDir>/packages"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true }, diagnostics: false },
    ],
    // pptxgenjs loads node:fs with import(), which Jest's CommonJS sandbox refuses without
    // --experimental-vm-modules; compiled to CommonJS, the import() becomes a require().
    "/node_modules/pptxgenjs/.+\\.js$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", allowJs: true, isolatedModules: true }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!pptxgenjs/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Jest's default runs one worker fewer than the machine has cores, which on CI's two is a
  // single worker; the main process only hands out files and waits, so every core runs tests
  // (measured on two cores: the unit run in 176 s instead of 292 s). The end-to-end run stays
  // in band (jest.e2e.config.js): two Chromiums on two cores took as long and flaked.
  maxWorkers: "100%",
  // A worker is replaced after a file that leaves its heap over 300 MB (the large-input tests).
  // Without it, every full run ended with one worker force-exited and Jest's warning of leaked
  // handles, which neither --detectOpenHandles nor a count of handles after each file found;
  // with it, no run did and the time is the same.
  workerIdleMemoryLimit: "300MB",
  // The workspace package by name, also where node_modules predates the workspace's link.
  moduleNameMapper: { "^@csc/fake-excel$": "<rootDir>/packages/fake-excel/src/index.ts" },
};
