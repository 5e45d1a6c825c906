/**
 * csc-report as a real child process through bin/csc-report.js, the way `npx csc-report`
 * runs it. Builds build/cli with tsc first when it is missing or older than the sources. The cases that need a real
 * process are here: a pipe closed by its reader, a real write failure (a file-size limit,
 * EFBIG), a kill half way, a folder the user may not write (as a non-root user).
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSampleWorkbook } from "../../src/cli/template";
import { buildTemplateWorkbook } from "../../support/template-workbook";
import { snapshot, tempDir } from "./helpers";
import { ensureCliBuilt } from "../../support/cli-build";

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

it("prints the package's version with --version", () => {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const r = cli("--version");
  expect(r).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: "" });
});

/** Runs `script` in bash in folder `cwd`, with `$BIN` the command. */
function bash(script: string, cwd = root, env: Record<string, string> = {}) {
  return spawnSync("bash", ["-c", script], { cwd, encoding: "utf8", env: { ...process.env, BIN: bin, ...env } });
}

describe("a reader that closes the pipe early", () => {
  const dir = tempDir();
  const file = join(dir, "many-errors.xlsx");
  beforeAll(async () => {
    // The sample with an assessment log of unreadable dates: a few hundred lines of issues.
    const raw = loadSampleWorkbook();
    const rows = Array.from({ length: 500 }, (_, i) => [`C${i}`, "not a date", "nope"]);
    const log = { name: "tblAssessmentLog", sheet: "Assessment Log", top: 0, left: 0, rows };
    const headers = ["Child ID", "Referral date", "Assessment completed"];
    const sheets = [...raw.sheets, { name: "Assessment Log", tables: [{ ...log, headers }] }];
    await buildTemplateWorkbook({ sheets }).xlsx.writeFile(file);
  });

  it.each([
    ["text", ""],
    ["JSON", "--json"],
  ])("ends quietly with the command's own exit code (validate, %s)", (_kind, extra) => {
    // `(exit 0)` closes the pipe's read end at once, before csc-report writes its first line.
    const r = bash(`node "$BIN" validate "$FILE" ${extra} | (exit 0); echo "status=\${PIPESTATUS[0]}"`, root, {
      FILE: file,
    });
    expect(r.stdout).toBe("status=1\n"); // 1: the workbook has errors
    expect(r.stderr).toBe("");
  });
});

describe("real failures and crashes while writing", () => {
  const dir = tempDir();
  const input = join(dir, "in.xlsx");
  beforeAll(async () => {
    await buildTemplateWorkbook(loadSampleWorkbook()).xlsx.writeFile(input);
  });
  /** A fresh folder with the input and earlier outputs. */
  function folder(): string {
    const d = tempDir();
    copyFileSync(input, join(d, "in.xlsx"));
    writeFileSync(join(d, "old.xlsx"), "previous workbook");
    writeFileSync(join(d, "old.pptx"), "previous deck");
    return d;
  }

  it.each([
    // ulimit -f counts 1024-byte blocks. 8 KB is less than either output (the workbook about
    // 31 KB, the deck about 83 KB); 48 KB lets the workbook's temporary through and stops the
    // deck's, after the first is written.
    ["the first output", 8, "-o", "old.xlsx"],
    ["the second output, after the first was written", 48, "--pptx", "old.pptx"],
  ])("a file-size limit (EFBIG) on %s: exit 2, names it, nothing changed", (_what, kb, label, name) => {
    const d = folder();
    const before = snapshot(d);
    const r = bash(`ulimit -f ${kb}; node "$BIN" generate in.xlsx -o old.xlsx --pptx old.pptx --force`, d);
    expect(r.stderr).toBe(
      `csc-report: cannot write ${label} "${name}": the file is larger than this process may write (file size limit); nothing was written and the previous file is unchanged\n`,
    );
    expect(r.status).toBe(2);
    expect(snapshot(d)).toEqual(before);
  });

  /** Starts generate in `d`, waits until its temporaries are written, sends `signal`; resolves to the exit code. */
  async function interrupt(d: string, signal: NodeJS.Signals) {
    const child = spawn(process.execPath, [bin, "generate", "in.xlsx", "-o", "old.xlsx", "--force"], {
      cwd: d,
      env: { ...process.env, CSC_REPORT_TEST_PAUSE_BEFORE_COMMIT: "60000" },
    });
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    await new Promise<void>((paused, failed) => {
      let err = "";
      child.stderr.on("data", (b: Buffer) => {
        err += b.toString();
        if (err.includes("paused before commit")) paused();
      });
      child.on("exit", () => failed(new Error(`exited before the pause: ${err}`)));
    });
    child.kill(signal);
    return { pid: child.pid, code: await exited };
  }

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s between writing and renaming: exit %i, the previous file intact, no leftover",
    async (signal, code) => {
      const d = folder();
      const before = snapshot(d);
      expect((await interrupt(d, signal)).code).toBe(code);
      expect(snapshot(d)).toEqual(before);
    },
  );

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s between putting the report and the deck in place: the pair is finished, both new, no leftover",
    async (signal, code) => {
      const d = folder();
      const before = snapshot(d);
      const child = spawn(
        process.execPath,
        [bin, "generate", "in.xlsx", "-o", "old.xlsx", "--pptx", "old.pptx", "--force"],
        { cwd: d, env: { ...process.env, CSC_REPORT_TEST_PAUSE_BETWEEN_RENAMES: "60000" } },
      );
      const exited = new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
      await new Promise<void>((paused, failed) => {
        let err = "";
        child.stderr.on("data", (b: Buffer) => {
          err += b.toString();
          if (err.includes("paused between renames")) paused();
        });
        child.on("exit", () => failed(new Error(`exited before the pause: ${err}`)));
      });
      child.kill(signal);
      expect(await exited).toBe(code);
      const after = snapshot(d);
      // Both outputs replaced (neither is the previous text), nothing else left beside them.
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      expect(after["old.xlsx"]).not.toBe(before["old.xlsx"]);
      expect(after["old.pptx"]).not.toBe(before["old.pptx"]);
      expect(readFileSync(join(d, "old.pptx")).subarray(0, 2).toString()).toBe("PK");
    },
  );

  it("killed (-9) between writing and renaming: the previous file is intact, the leftover is recognisable", async () => {
    const d = folder();
    const before = snapshot(d);
    const child = await interrupt(d, "SIGKILL");
    const after = snapshot(d);
    const leftovers = Object.keys(after).filter((n) => !(n in before));
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]).toMatch(new RegExp(`^\\.old\\.xlsx\\.csc-report-${child.pid}-[0-9a-f]{6}\\.tmp$`));
    for (const [name, hash] of Object.entries(before)) expect(after[name]).toBe(hash);
  });

  const setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => existsSync(p));
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  // Root writes anywhere, so the real check runs as "nobody" through setpriv (util-linux);
  // without it (or not root) the fs-seam test in output.test.ts covers the same refusal.
  (setpriv && asRoot ? it : it.skip)("a folder the user may not write: refused before reading, nothing written", () => {
    const d = folder();
    const ro = join(d, "read-only");
    mkdirSync(ro);
    writeFileSync(join(ro, "old.xlsx"), "previous workbook");
    chmodSync(ro, 0o555);
    chmodSync(d, 0o755);
    const before = snapshot(d);
    const r = spawnSync(
      setpriv ?? "setpriv",
      [
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        process.execPath,
        bin,
        "generate",
        "in.xlsx",
        "-o",
        "read-only/old.xlsx",
        "--force",
      ],
      { cwd: d, encoding: "utf8" },
    );
    expect(r.stderr).toBe(
      `csc-report: -o "read-only/old.xlsx" cannot be written: the folder "${ro}" is not writable (permission denied)\n`,
    );
    expect(r.status).toBe(2);
    expect(snapshot(d)).toEqual(before);
  });
});
