/**
 * The plugin that points a production build's URLs at CSC_ADDIN_URL, on its own: the
 * rewriting rules, and the guard that fails a build which would still ship localhost.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

// CommonJS build helper, as webpack.config.js loads it.
const { ProductionUrlsPlugin, rewriteUrls, rewriteSourceMap } = require("../../scripts/webpack/production-urls");

const DEV = "https://localhost:3000/";
const BASE = "https://apps.example.gov.uk/csc/";

describe("rewriteUrls", () => {
  it("rewrites the base with its path and the bare origin (AppDomain)", () => {
    const xml =
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>\n<AppDomain>https://localhost:3000</AppDomain>';
    expect(rewriteUrls(xml, DEV, BASE)).toBe(
      '<SourceLocation DefaultValue="https://apps.example.gov.uk/csc/taskpane.html"/>\n<AppDomain>https://apps.example.gov.uk</AppDomain>',
    );
  });

  it("leaves other URLs alone", () => {
    const text = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    expect(rewriteUrls(text, DEV, BASE)).toBe(text);
  });
});

describe("rewriteSourceMap", () => {
  it("rewrites sourcesContent and keeps the mappings", () => {
    const map = {
      version: 3,
      sources: ["webpack://csc/./src/functions/functions.ts"],
      sourcesContent: [" * @helpurl https://localhost:3000/help.html#CSC.RAG\n"],
      mappings: "AAAA,SAAS",
      names: [],
    };
    const out = JSON.parse(rewriteSourceMap(JSON.stringify(map), DEV, BASE));
    expect(out.sourcesContent).toEqual([" * @helpurl https://apps.example.gov.uk/csc/help.html#CSC.RAG\n"]);
    expect(out.mappings).toBe(map.mappings);
    expect(out.sources).toEqual(map.sources);
  });
});

describe("ProductionUrlsPlugin in a webpack build", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "csc-urls-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Builds `code` (one entry) plus a JSON asset; resolves with the errors and the output folder. */
  function build(code: string, json: string): Promise<{ errors: string[]; out: string }> {
    fs.writeFileSync(path.join(dir, "entry.js"), code);
    const out = path.join(dir, "out");
    const compiler = webpack({
      mode: "production",
      context: dir,
      entry: { main: "./entry.js" },
      devtool: "source-map",
      output: { path: out, filename: "[name].js" },
      plugins: [
        {
          apply(c: webpack.Compiler) {
            c.hooks.thisCompilation.tap("emit-json", (compilation) => {
              compilation.hooks.processAssets.tap(
                { name: "emit-json", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
                () => compilation.emitAsset("functions.json", new webpack.sources.RawSource(json)),
              );
            });
          },
        },
        new ProductionUrlsPlugin({ devBase: DEV, base: BASE }),
      ],
    });
    return new Promise((resolve, reject) =>
      compiler.run((err, stats) => {
        compiler.close(() => undefined);
        if (err || !stats) reject(err ?? new Error("no stats"));
        else resolve({ errors: stats.toJson({ all: false, errors: true }).errors!.map((e) => e.message), out });
      }),
    );
  }

  it("rewrites emitted JSON and source maps, and the build passes", async () => {
    const { errors, out } = await build(
      '// help: https://localhost:3000/help.html\nexport const page = "help.html";\nconsole.log(page);\n',
      '{"helpUrl":"https://localhost:3000/help.html#CSC.RAG"}',
    );
    expect(errors).toEqual([]);
    expect(fs.readFileSync(path.join(out, "functions.json"), "utf8")).toBe(
      '{"helpUrl":"https://apps.example.gov.uk/csc/help.html#CSC.RAG"}',
    );
    expect(fs.readFileSync(path.join(out, "main.js.map"), "utf8")).toContain(`// help: ${BASE}help.html`);
  }, 60_000);

  it("fails the build when a bundle would still ship localhost", async () => {
    const { errors } = await build('console.log("http://localhost:8080/api");\n', "{}");
    expect(errors.join("\n")).toMatch(/main\.js still names "localhost"/);
  }, 60_000);
});
