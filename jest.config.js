/** Jest: ts-jest transpiles only (isolatedModules); `npm run typecheck` does the type checking once. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true }, diagnostics: false },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
