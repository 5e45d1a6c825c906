/**
 * The bundles' syntax level (scripts/webpack/browser-target.js): Excel on Mac runs the add-in in
 * the Mac's own WKWebView (learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins),
 * which before Safari 16.4 cannot parse ES2022's class `static {}` blocks, and before Safari 14.1
 * not `??=`. Fluent UI's focus library (tabster) ships both. A full production build takes
 * minutes, so here webpack builds one tabster module through the project's own rules (a few
 * seconds), and the CI script parses the whole dist after `npm run build`
 * (scripts/check-bundle-syntax.js, .ci/run).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

const ROOT = path.join(__dirname, "../..");
const { ecmaVersion } = require("../../scripts/webpack/browser-target") as { ecmaVersion: number };
const { parseError, unparsable } = require("../../scripts/check-bundle-syntax") as {
  parseError: (source: string, version: number) => { message: string } | undefined;
  unparsable: (dir: string) => { file: string }[];
};
const makeConfig = require("../../webpack.config") as (
  env: object,
  argv: { mode: string },
) => Promise<webpack.Configuration>;

describe("the bundles' syntax level", () => {
  it("is ES2020, and the check refuses what is newer", () => {
    expect(ecmaVersion).toBe(2020);
    expect(parseError("const a = b?.c ?? 1n; import('./x.js');", ecmaVersion)).toBeUndefined();
    for (const newer of ["class A { static { this.x = 1; } }", "class A { x = 1; }", "a ??= b;", "class A { #x; }"]) {
      expect(parseError(newer, ecmaVersion)).toBeDefined();
    }
  });

  it("lowers a dependency's static blocks and ??= to ES2020 through the project's webpack rules", async () => {
    const entry = require.resolve("tabster/dist/esm/Restorer.js", { paths: [ROOT] });
    const source = fs.readFileSync(entry, "utf8");
    // The module does ship the newer syntax (else this test would prove nothing).
    expect(source).toContain("static {");
    expect(parseError(source.replace(/^(import|export)\b.*$/gm, ""), ecmaVersion)).toBeDefined();

    const out = fs.mkdtempSync(path.join(os.tmpdir(), "csc-syntax-"));
    try {
      const base = await makeConfig({}, { mode: "development" });
      const config: webpack.Configuration = {
        ...base,
        mode: "production",
        context: ROOT,
        entry: { restorer: entry },
        output: { path: out, filename: "[name].js" },
        plugins: [],
        devtool: false,
        optimization: { minimize: false },
      };
      const stats = await new Promise<webpack.Stats>((resolve, reject) =>
        webpack(config, (err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolve(s))),
      );
      expect(stats.hasErrors()).toBe(false);
      expect(fs.readdirSync(out)).toContain("restorer.js");
      expect(unparsable(out)).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
