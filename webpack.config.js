/**
 * Builds the add-in: the task pane page (which is also the shared runtime hosting the ribbon
 * commands and the custom functions), functions.json from the functions' JSDoc, help.html with
 * an entry per function, and a manifest whose URLs point at the base URL the package is
 * deployed to.
 *
 *   npm run build                               production, URLs -> $CSC_ADDIN_URL
 *   CSC_ADDIN_URL=https://apps.example.gov.uk/csc/ npm run build
 *   npm run dev-server                          development, https://localhost:3000 with the
 *                                               certificate office-addin-dev-certs makes and trusts
 *   CSC_PREVIEW=1 npm run dev-server            the browser preview (preview.html, the in-memory
 *                                               host) over http: no certificate needed
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { ProductionUrlsPlugin } = require("./scripts/webpack/production-urls");
const { HelpPagePlugin } = require("./scripts/webpack/help-page");
const browserTarget = require("./scripts/webpack/browser-target");

const DEV_URL = "https://localhost:3000/";
/** Placeholder production base: a real deployment sets CSC_ADDIN_URL (see README). */
const DEFAULT_PROD_URL = "https://addin.example.gov.uk/safeguarding-report/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * The preview (and the end-to-end tests, which serve its build on 127.0.0.1) load the real
 * Office.js from the @microsoft/office-js package instead of the CDN: the same script under the
 * pages' own Content-Security-Policy, and no request leaves the machine. Outside Office it
 * loads nothing else (the e2e tests record every request).
 */
const OFFICE_JS_LOCAL = "office-js/office.js";
const OFFICE_JS_DIST = "node_modules/@microsoft/office-js/dist";
/** The custom functions' namespace, as in manifest.xml's Functions.Namespace. */
const NAMESPACE = "CSC";

/**
 * The dev server's transport. Office wants an add-in over https, from a certificate trusted on
 * the machine ("If you plan to run your add-in in Office on the web ... it must be
 * SSL-secured"; self-signed certificates do "so long as the certificate is trusted on the local
 * machine": https://learn.microsoft.com/office/dev/add-ins/develop/add-in-manifests). So the
 * sideloading server always uses the localhost certificate that office-addin-dev-certs creates
 * and installs as trusted (on the first run it asks for the rights to do so), as Microsoft's
 * add-in templates do, and never falls back to http, which Excel would refuse or warn about
 * without saying why. Only the browser preview, which no Office host loads, is served over http.
 */
async function devServerTransport(preview) {
  if (preview) return { type: "http" };
  let options;
  try {
    options = await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch (e) {
    throw new Error(
      `[csc] The dev server needs the development certificate that office-addin-dev-certs creates and trusts, ` +
        `and it could not be made: ${e instanceof Error ? e.message : String(e)}\n` +
        "Run `npx office-addin-dev-certs install` (it asks for administrator rights to trust the certificate), " +
        "then `npm start` again. Without Excel, `npm run preview` serves the add-in over http.",
    );
  }
  return { type: "https", options };
}

/** Normalises a base URL to end with exactly one slash; production bases must be https. */
function baseUrl(url, production) {
  const u = new URL(url);
  if (production && u.protocol !== "https:") {
    throw new Error(`CSC_ADDIN_URL must be an https URL (Office requires it), got ${url}`);
  }
  return u.href.endsWith("/") ? u.href : `${u.href}/`;
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const preview = !production && (process.env.CSC_PREVIEW === "1" || Boolean(env.preview));
  // webpack-cli sets WEBPACK_SERVE for `webpack serve`; a plain build needs no certificate.
  const serve = Boolean(env.WEBPACK_SERVE);
  const urlBase = production ? baseUrl(process.env.CSC_ADDIN_URL || DEFAULT_PROD_URL, true) : DEV_URL;
  if (production && !process.env.CSC_ADDIN_URL) {
    console.warn(`[csc] CSC_ADDIN_URL not set: dist/manifest.xml points at the placeholder ${DEFAULT_PROD_URL}`);
  }

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    // Loaded by taskpane.html's own script tag before Office.js, not injected (injected scripts are deferred).
    boot: "./src/taskpane/boot.ts",
    functions: "./src/functions/functions.ts",
    commands: "./src/commands/commands.ts",
  };
  if (preview) entry.preview = "./preview/index.tsx";

  const plugins = [
    // The add-in's version, shown in the pane's footer (src/taskpane/components/PaneFooter.tsx).
    new webpack.DefinePlugin({ CSC_ADDIN_VERSION: JSON.stringify(require("./package.json").version) }),
    // pptxgenjs (the slides, a lazy chunk) imports node:fs and node:https in its Node-only
    // branch; without the scheme, its package.json "browser" field maps them to empty modules.
    new webpack.NormalModuleReplacementPlugin(/^node:(fs|https)$/, (resource) => {
      if (/[\\/]node_modules[\\/]pptxgenjs[\\/]/.test(resource.context)) resource.request = resource.request.slice(5);
    }),
    new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane", "functions", "commands"],
      templateParameters: { officeJs: preview ? OFFICE_JS_LOCAL : OFFICE_JS_CDN },
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/icon-*.png", to: "assets/[name][ext]" },
        { from: "src/taskpane/help.html", to: "help.html" },
        { from: "manifest.xml", to: "manifest.xml" },
      ],
    }),
    new HelpPagePlugin({ page: "help.html", metadata: "functions.json", namespace: NAMESPACE }),
  ];
  if (production) plugins.push(new ProductionUrlsPlugin({ devBase: DEV_URL, base: urlBase }));
  if (preview) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./preview/preview.html",
        chunks: ["preview"],
        templateParameters: { officeJs: OFFICE_JS_LOCAL },
      }),
      // office.js and the one file it loads outside Office (which host it is in).
      new CopyWebpackPlugin({
        patterns: ["office.js", "o15apptofilemappingtable.js"].map((f) => ({
          from: `${OFFICE_JS_DIST}/${f}`,
          to: `office-js/${f}`,
        })),
      }),
    );
  }

  return {
    entry,
    target: browserTarget.webpackTarget,
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval, in Excel too.
    devtool: "source-map",
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // The in-memory Excel host (preview only): the workspace package, by its source.
      alias: { "@csc/fake-excel": path.resolve(__dirname, "packages/fake-excel/src/index.ts") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // Fields keep ES2022's define semantics when lowered, as the sources were written for.
              compilerOptions: { target: browserTarget.typescriptTarget, useDefineForClassFields: true },
            },
          },
        },
        {
          // Dependencies ship newer syntax than Mac's WKWebView may parse (Fluent UI's class
          // `static {}` blocks, tabster's `??=`): TypeScript lowers their JavaScript to the same
          // target as ours, modules left as ES modules for webpack to shake
          // (scripts/webpack/browser-target.js says which target and why).
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          use: {
            loader: "ts-loader",
            options: {
              instance: "node_modules",
              transpileOnly: true,
              onlyCompileBundledFiles: true,
              compilerOptions: {
                allowJs: true,
                target: browserTarget.typescriptTarget,
                module: "esnext",
                useDefineForClassFields: true,
              },
            },
          },
        },
        {
          // Core is pure (docs/architecture.md): importing a module does nothing but define it. Said
          // here so that webpack drops what a bundle does not use from behind an area's entry point
          // (src/core/<area>/index.ts re-exports the whole area), e.g. the slides' plan stays in
          // the lazy deck chunk rather than the pane's first load.
          test: /[\\/]src[\\/]core[\\/]/,
          sideEffects: false,
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
      server: serve ? await devServerTransport(preview) : undefined,
      static: false,
    },
  };
};
