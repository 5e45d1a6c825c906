/**
 * Writes the custom functions' reference into help.html at build time, from the functions.json
 * that custom-functions-metadata-plugin makes out of the functions' JSDoc: one entry per
 * function, with the anchor its @helpurl points at (help.html#CSC.NAME), its description and
 * its arguments. Excel's "Help on this function" link lands on that entry, and the page can
 * never disagree with the formula help Excel shows, since both come from the same JSDoc.
 */
const { Compilation, WebpackError, sources } = require("webpack");

const NAME = "CscHelpPagePlugin";
/** Where in help.html the reference goes. */
const MARKER = "<!-- csc:functions -->";

/** @param {string} s */
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The anchor of a function's entry, e.g. "CSC.WORKDAYS"; its @helpurl ends with "#" + this. */
function anchorOf(namespace, name) {
  return `${namespace}.${name}`;
}

/**
 * The HTML of the reference: an <h3> with the signature, the description, and the arguments.
 * @param {{ functions: { name: string, description?: string, parameters?: { name: string, description?: string, optional?: boolean }[] }[] }} metadata
 * @param {string} namespace
 */
function renderFunctions(metadata, namespace) {
  return metadata.functions
    .map((f) => {
      const params = f.parameters ?? [];
      const signature = `${namespace}.${f.name}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
      const args = params.length
        ? `\n        <ul>\n${params
            .map(
              (p) =>
                `          <li><code>${escapeHtml(p.name)}</code>${p.optional ? " (optional)" : ""}: ${escapeHtml(p.description ?? "")}</li>`,
            )
            .join("\n")}\n        </ul>`
        : "";
      return `      <section id="${escapeHtml(anchorOf(namespace, f.name))}">
        <h3><code>${escapeHtml(signature)}</code></h3>
        <p>${escapeHtml(f.description ?? "")}</p>${args}
      </section>`;
    })
    .join("\n");
}

class HelpPagePlugin {
  /** @param {{ page: string, metadata: string, namespace: string }} options asset names and the namespace */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { page, metadata, namespace } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After ADDITIONAL, where copy-webpack-plugin emits help.html.
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const html = compilation.getAsset(page);
          const meta = compilation.getAsset(metadata);
          // Without functions.json the metadata plugin has already reported why.
          if (!html || !meta) return;
          const text = html.source.source().toString();
          if (!text.includes(MARKER)) {
            compilation.errors.push(new WebpackError(`${NAME}: ${page} has no ${MARKER} marker`));
            return;
          }
          const list = renderFunctions(JSON.parse(meta.source.source().toString()), namespace);
          compilation.updateAsset(page, new sources.RawSource(text.replace(MARKER, list)));
        },
      );
    });
  }
}

module.exports = { HelpPagePlugin, renderFunctions, anchorOf, MARKER };
