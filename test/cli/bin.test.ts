/**
 * csc-report as a real child process through bin/csc-report.js, the way `npx csc-report`
 * runs it. Builds build/cli with tsc first when it is missing.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureCliBuilt, tempDir } from "./helpers";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "csc-report.js");

// Build when missing or older than the sources, so the binary tested is the code under test.
beforeAll(ensureCliBuilt, 180_000);

const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });

it("writes the sample and validates it: exit 0, JSON on stdout", () => {
  const file = join(tempDir(), "sample.xlsx");
  expect(cli("template", file, "--sample").status).toBe(0);
  const r = cli("validate", file, "--json");
  expect(r.status).toBe(0);
  const parsed = JSON.parse(r.stdout) as { issues: { severity: string }[] };
  expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
});

it("exits 2 with one line and no stack trace for a missing file", () => {
  const r = cli("validate", join(tempDir(), "missing.xlsx"));
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/no such file/);
});
