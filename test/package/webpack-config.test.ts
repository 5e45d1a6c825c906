/**
 * The dev server's transport (webpack.config.js): the sideloading server is always https with
 * the certificate office-addin-dev-certs makes and trusts, never a quiet http fallback (Office
 * refuses an add-in served over http or with an untrusted certificate); only the browser
 * preview, which no Office host loads, is http. office-addin-dev-certs is mocked: the tests
 * must not install certificates on the machine.
 */
jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions: jest.fn() }));

import * as devCerts from "office-addin-dev-certs";

// webpack.config.js is CommonJS, loaded as webpack-cli loads it.
const config = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<{ devServer: { server?: { type: string; options?: unknown } }; entry: Record<string, string> }>;

const getHttpsServerOptions = devCerts.getHttpsServerOptions as jest.Mock;
const OPTIONS = { ca: Buffer.from("ca"), cert: Buffer.from("cert"), key: Buffer.from("key") };
const SERVE = { WEBPACK_SERVE: true };

describe("webpack.config.js dev server", () => {
  const saved = process.env.CSC_PREVIEW;
  beforeEach(() => {
    delete process.env.CSC_PREVIEW;
    getHttpsServerOptions.mockReset();
    getHttpsServerOptions.mockResolvedValue(OPTIONS);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.CSC_PREVIEW;
    else process.env.CSC_PREVIEW = saved;
  });

  it("serves the add-in over https with office-addin-dev-certs' options (npm start, npm run dev-server)", async () => {
    const c = await config(SERVE, { mode: "development" });
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(c.devServer.server).toEqual({ type: "https", options: OPTIONS });
    expect(c.entry.preview).toBeUndefined();
  });

  it("fails with what to do when the certificate cannot be made, never falling back to http", async () => {
    getHttpsServerOptions.mockRejectedValue(new Error("Unable to install the CA certificate."));
    await expect(config(SERVE, { mode: "development" })).rejects.toThrow(
      /Unable to install the CA certificate[\s\S]*npx office-addin-dev-certs install[\s\S]*npm run preview/,
    );
  });

  it("serves the preview over http without asking for a certificate (npm run preview)", async () => {
    process.env.CSC_PREVIEW = "1";
    const c = await config(SERVE, { mode: "development" });
    expect(c.devServer.server).toEqual({ type: "http" });
    expect(c.entry.preview).toBeDefined();
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
  });

  it("asks for no certificate for a build that serves nothing (npm run build, build:dev, the e2e build)", async () => {
    process.env.CSC_ADDIN_URL = "https://apps.example.gov.uk/csc/";
    try {
      await config({}, { mode: "development" });
      await config({}, { mode: "production" });
    } finally {
      delete process.env.CSC_ADDIN_URL;
    }
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
  });
});
