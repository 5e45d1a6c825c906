/**
 * Production build: every URL the package ships points at the deployment base
 * (CSC_ADDIN_URL), never at the development server. The sources name the development URL
 * (https://localhost:3000/) because that is where `npm start` serves them: the manifest, the
 * custom functions' @helpurl JSDoc (hence functions.json) and, through sourcesContent, the
 * source maps. This plugin rewrites each emitted text file once webpack has produced them all
 * (source maps included), then fails the build if any file still names localhost, so a
 * deployed add-in can never send Excel to a developer's machine.
 *
 * JavaScript bundles are checked, not rewritten: editing a minified line would shift the
 * source map's columns. Code that needs the add-in's address uses a relative URL.
 */
const { Compilation, WebpackError, sources } = require("webpack");

const NAME = "CscProductionUrlsPlugin";
const TEXT = /\.(json|xml|html|map|txt|css|js)$/;
const LOCAL = /localhost|127\.0\.0\.1/i;

/**
 * Replaces the development base (with its trailing slash) by the deployment base, then the
 * bare development origin (as in <AppDomain>) by the deployment origin.
 * @param {string} text
 * @param {string} devBase e.g. "https://localhost:3000/"
 * @param {string} base e.g. "https://apps.example.gov.uk/csc/"
 */
function rewriteUrls(text, devBase, base) {
  return text.replaceAll(devBase, base).replaceAll(devBase.replace(/\/$/, ""), new URL(base).origin);
}

/** A source map with the URLs in its sourcesContent rewritten; its mappings are unchanged. */
function rewriteSourceMap(json, devBase, base) {
  const map = JSON.parse(json);
  if (Array.isArray(map.sourcesContent)) {
    map.sourcesContent = map.sourcesContent.map((s) => (typeof s === "string" ? rewriteUrls(s, devBase, base) : s));
  }
  return JSON.stringify(map);
}

class ProductionUrlsPlugin {
  /** @param {{ devBase: string, base: string }} options */
  constructor(options) {
    this.devBase = options.devBase;
    this.base = options.base;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After DEV_TOOLING, where the source maps are made.
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        (assets) => {
          for (const file of Object.keys(assets)) {
            if (!TEXT.test(file)) continue;
            const before = compilation.getAsset(file).source.source().toString();
            let after = before;
            if (file.endsWith(".map")) after = rewriteSourceMap(before, this.devBase, this.base);
            else if (!file.endsWith(".js")) after = rewriteUrls(before, this.devBase, this.base);
            if (after !== before) compilation.updateAsset(file, new sources.RawSource(after));
            const left = LOCAL.exec(after);
            if (left) {
              const at = after.slice(Math.max(0, left.index - 40), left.index + 40).replace(/\s+/g, " ");
              compilation.errors.push(
                new WebpackError(`${NAME}: ${file} still names "${left[0]}" in a production build: …${at}…`),
              );
            }
          }
        },
      );
    });
  }
}

module.exports = { ProductionUrlsPlugin, rewriteUrls, rewriteSourceMap };
