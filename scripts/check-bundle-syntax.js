#!/usr/bin/env node
/**
 * Parses every .js a build emitted at the syntax level the add-in promises
 * (scripts/webpack/browser-target.js), so a dependency that ships newer syntax fails the build
 * check here rather than leaving a blank task pane on an older Mac.
 *
 *   node scripts/check-bundle-syntax.js [dist]
 *
 * Exit 1, naming each file, its line and column and the code there, when one does not parse.
 */
const fs = require("fs");
const path = require("path");
// acorn is webpack's own JavaScript parser: taken from where webpack finds it, so the check
// adds no dependency of its own.
const acorn = require(require.resolve("acorn", { paths: [path.dirname(require.resolve("webpack"))] }));
const { ecmaVersion } = require("./webpack/browser-target");

/**
 * The files under `dir` (recursively) ending in .js that do not parse at `version`.
 * @param {string} dir
 * @param {number} [version]
 * @returns {{ file: string, message: string, near: string }[]}
 */
function unparsable(dir, version = ecmaVersion) {
  const failures = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".js")) {
        const failure = parseError(fs.readFileSync(p, "utf8"), version);
        if (failure) failures.push({ file: path.relative(dir, p), ...failure });
      }
    }
  };
  walk(dir);
  return failures;
}

/**
 * Why `source` does not parse as a script of `version` (undefined when it does).
 * @param {string} source
 * @param {number} version
 */
function parseError(source, version) {
  try {
    // Bundles are classic scripts (webpack's runtime; taskpane.html loads them without type=module).
    acorn.parse(source, { ecmaVersion: version, sourceType: "script" });
    return undefined;
  } catch (e) {
    const pos = typeof e.pos === "number" ? e.pos : 0;
    return { message: e.message, near: source.slice(Math.max(0, pos - 40), pos + 40) };
  }
}

module.exports = { unparsable, parseError };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || "dist");
  if (!fs.existsSync(dir)) {
    console.error(`${dir} does not exist: run npm run build first`);
    process.exit(2);
  }
  const failures = unparsable(dir);
  for (const f of failures)
    console.error(`${f.file}: not ES${ecmaVersion}: ${f.message} near ${JSON.stringify(f.near)}`);
  if (failures.length) process.exit(1);
  console.log(`Every .js under ${path.relative(process.cwd(), dir) || "."} parses as ES${ecmaVersion}.`);
}
