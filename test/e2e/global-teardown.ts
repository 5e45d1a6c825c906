/** Stops the preview server and removes the temporary build. */
import * as fs from "fs";
import type { Server } from "http";

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  const server = g.__cscE2eServer as Server | undefined;
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  const tmp = g.__cscE2eTmp;
  if (typeof tmp === "string") fs.rmSync(tmp, { recursive: true, force: true });
}
