/**
 * The oldest JavaScript the add-in's bundles may contain: one place, read by webpack.config.js
 * (what ts-loader emits for our code and for node_modules, and webpack's own runtime) and by
 * scripts/check-bundle-syntax.js (which parses every emitted .js at this level after a build).
 *
 * Why ES2020. Office on Mac and on iPad runs add-ins in "Safari with WKWebView" for any Office
 * version (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins),
 * and WKWebView is the WebKit of the Mac's macOS, not of Office. The manifest requires
 * SharedRuntime 1.1, first in Excel on Mac 16.35, and ExcelApi 1.9, older still
 * (https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets,
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets),
 * so a supported Mac may have a WebKit from before Safari 16.4, the first to parse ES2022
 * class `static {}` blocks and the first with class fields in full. Safari 14 parses all of
 * ES2020's syntax (optional chaining, `??`, BigInt literals) and none of ES2021's (`??=`,
 * numeric separators) or ES2022's (class fields, `#private`, static blocks). Syntax only:
 * library functions newer than the target (Array.prototype.at, Object.hasOwn) are not
 * polyfilled, so code that needs them must test for them.
 */
module.exports = {
  /** acorn's ecmaVersion for the parse check. */
  ecmaVersion: 2020,
  /** TypeScript's `target` for ts-loader (our sources and node_modules' JavaScript). */
  typescriptTarget: "ES2020",
  /** webpack's `target`: the syntax of its own runtime code and module wrappers. */
  webpackTarget: ["web", "es2020"],
};
