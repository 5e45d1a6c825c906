/**
 * Builds the add-in: the task pane page (which is also the shared runtime hosting the ribbon
 * commands and the custom functions), functions.json from the functions' JSDoc, and a manifest
 * whose URLs point at the base URL the package is deployed to.
 *
 *   npm run build                               production, URLs -> $CSC_ADDIN_URL
 *   CSC_ADDIN_URL=https://apps.example.gov.uk/csc/ npm run build
 *   npm run dev-server                          development, https://localhost:3000 (http when
 *                                               no office-addin-dev-certs certificate exists)
 *   CSC_PREVIEW=1 npm run dev-server            also serves preview.html (the in-memory host)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
/** Placeholder production base: a real deployment sets CSC_ADDIN_URL (see README). */
const DEFAULT_PROD_URL = "https://addin.example.gov.uk/safeguarding-report/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The office-addin-dev-certs files, when `npx office-addin-dev-certs install` has made them. */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const found = {};
  for (const [k, f] of Object.entries(files)) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) return undefined;
    found[k] = fs.readFileSync(p);
  }
  return found;
}

/** Normalises a base URL to end with exactly one slash; production bases must be https. */
function baseUrl(url, production) {
  const u = new URL(url);
  if (production && u.protocol !== "https:") {
    throw new Error(`CSC_ADDIN_URL must be an https URL (Office requires it), got ${url}`);
  }
  return u.href.endsWith("/") ? u.href : `${u.href}/`;
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const preview = !production && (process.env.CSC_PREVIEW === "1" || Boolean(env && env.preview));
  const urlBase = production ? baseUrl(process.env.CSC_ADDIN_URL || DEFAULT_PROD_URL, true) : DEV_URL;
  if (production && !process.env.CSC_ADDIN_URL) {
    console.warn(`[csc] CSC_ADDIN_URL not set: dist/manifest.xml points at the placeholder ${DEFAULT_PROD_URL}`);
  }
  const certs = production ? undefined : devCertificates();

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    functions: "./src/functions/functions.ts",
    commands: "./src/commands/commands.ts",
  };
  if (preview) entry.preview = "./preview/index.tsx";

  const plugins = [
    new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane", "functions", "commands"],
      templateParameters: { officeJs: OFFICE_JS_CDN },
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/icon-*.png", to: "assets/[name][ext]" },
        { from: "src/taskpane/help.html", to: "help.html" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) =>
            content.toString().replaceAll(DEV_URL, urlBase).replaceAll(DEV_URL.slice(0, -1), new URL(urlBase).origin),
        },
      ],
    }),
  ];
  if (preview) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./preview/preview.html",
        chunks: ["preview"],
      }),
    );
  }

  return {
    entry,
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval, in Excel too.
    devtool: "source-map",
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    devServer: {
      port: 3000,
      host: "localhost",
      allowedHosts: ["localhost"],
      hot: false,
      liveReload: !process.env.CI,
      client: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certs && !process.env.CSC_PREVIEW_HTTP ? { type: "https", options: certs } : { type: "http" },
      static: false,
    },
  };
};
