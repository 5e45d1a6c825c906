/**
 * The output module under failures the disk cannot be made to produce on demand, through its
 * file-system seam: disk full half way through a temporary, a rename that fails after
 * another output was placed, a read-only folder (root ignores permission bits), a
 * case-insensitive volume, links planted while the command runs, no hard links.
 * Each asserts the error names the file and the folder is exactly as it was.
 */
import { chownSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCommand } from "../../src/cli/generate";
import { OutputError, cutToBytes, nodeFs, writeOutputs, type OutputFs } from "../../src/cli/output";
import { run, snapshot, tempDir } from "./helpers";

const fail = (code: string, syscall: string): Error =>
  Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall });

/** A folder with old.xlsx and old.html (earlier outputs) and in.xlsx (an input's stand-in). */
function folder(): string {
  const d = tempDir();
  writeFileSync(join(d, "old.xlsx"), "previous workbook");
  writeFileSync(join(d, "old.html"), "previous page");
  writeFileSync(join(d, "in.xlsx"), "the input");
  return d;
}

const input = (d: string) => ({ label: "the input", path: join(d, "in.xlsx") });
const xlsx = (d: string, name: string) => ({ label: "-o", path: join(d, name), data: new Uint8Array(1000).fill(80) });
const html = (d: string, name: string) => ({ label: "--html", path: join(d, name), data: "<p>new</p>".repeat(100) });

/** Rejects with the OutputError and returns its message. */
async function refusal(p: Promise<unknown>): Promise<string> {
  const e: unknown = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(OutputError);
  return (e as OutputError).message;
}

describe("a write that fails leaves every previous file and no stray file", () => {
  it("disk full half way through the second output's temporary", async () => {
    const d = folder();
    const before = snapshot(d);
    const fs: OutputFs = {
      ...nodeFs,
      writeNew: async (path, data, mode) => {
        if (!path.includes("old.html")) return nodeFs.writeNew(path, data, mode);
        await nodeFs.writeNew(path, String(data).slice(0, 10), mode); // a partial temporary on the disk
        throw fail("ENOSPC", "write");
      },
    };
    const message = await refusal(
      writeOutputs(input(d), [xlsx(d, "old.xlsx"), html(d, "old.html")], { force: true, fs }),
    );
    expect(message).toBe(
      `cannot write --html "${join(d, "old.html")}": the disk is full; nothing was written and the previous file is unchanged`,
    );
    expect(snapshot(d)).toEqual(before);
  });

  it("the second rename fails: the first output is put back (existing) or removed (new)", async () => {
    for (const first of ["old.xlsx", "new.xlsx"]) {
      const d = folder();
      const before = snapshot(d);
      const fs: OutputFs = {
        ...nodeFs,
        rename: async (a, b) =>
          b.endsWith("old.html") ? Promise.reject(fail("EACCES", "rename")) : nodeFs.rename(a, b),
      };
      const message = await refusal(writeOutputs(input(d), [xlsx(d, first), html(d, "old.html")], { force: true, fs }));
      expect(message).toMatch(/^cannot write --html ".*old\.html": permission denied; nothing was written/);
      expect(snapshot(d)).toEqual(before);
    }
  });

  it("when putting the first back also fails, says where the previous file is kept", async () => {
    const d = folder();
    const fs: OutputFs = {
      ...nodeFs,
      rename: async (a, b) =>
        b.endsWith("old.html") || a.endsWith(".bak") ? Promise.reject(fail("EIO", "rename")) : nodeFs.rename(a, b),
    };
    const message = await refusal(
      writeOutputs(input(d), [xlsx(d, "old.xlsx"), html(d, "old.html")], { force: true, fs }),
    );
    expect(message).toMatch(
      /^cannot write --html ".*old\.html": the disk reported an input\/output error; the previous -o ".*old\.xlsx" could not be put back and is kept as "/,
    );
    const kept = /kept as "(.*)"$/.exec(message)?.[1] ?? "";
    expect(kept).toMatch(/\.old\.xlsx\.csc-report-\d+-[0-9a-f]{6}\.bak$/);
    expect(readFileSync(kept, "utf8")).toBe("previous workbook");
    expect(Object.keys(snapshot(d)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("a read-only folder is refused before anything is written", async () => {
    const d = folder();
    const before = snapshot(d);
    const fs: OutputFs = { ...nodeFs, writable: () => Promise.reject(fail("EACCES", "access")) };
    const message = await refusal(writeOutputs(input(d), [xlsx(d, "new.xlsx")], { fs }));
    expect(message).toBe(
      `-o "${join(d, "new.xlsx")}" cannot be written: the folder "${d}" is not writable (permission denied)`,
    );
    expect(snapshot(d)).toEqual(before);
  });

  it("works without hard links (FAT, some shares): rename for new files, a copy as backup", async () => {
    const d = folder();
    const fs: OutputFs = { ...nodeFs, link: () => Promise.reject(fail("EPERM", "link")) };
    await writeOutputs(input(d), [xlsx(d, "old.xlsx"), html(d, "new.html")], { force: true, fs });
    expect(Object.keys(snapshot(d)).sort()).toEqual(["in.xlsx", "new.html", "old.html", "old.xlsx"]);
    expect(readFileSync(join(d, "old.xlsx"))[0]).toBe(80);
  });
});

describe("the final check right before the files are put in place", () => {
  it("catches a link to the input planted after the first check", async () => {
    const d = folder();
    const out = join(d, "new.xlsx");
    const message = await refusal(
      writeOutputs(input(d), [xlsx(d, "new.xlsx")], {
        force: true,
        beforeCommit: async () => symlinkSync(join(d, "in.xlsx"), out),
      }),
    );
    expect(message).toMatch(/^-o ".*new\.xlsx" is the same file as the input/);
    expect(readFileSync(join(d, "in.xlsx"), "utf8")).toBe("the input");
    expect(Object.keys(snapshot(d)).sort()).toEqual(["in.xlsx", "new.xlsx", "old.html", "old.xlsx"]);
  });

  it("never replaces a file another program creates at a new output meanwhile", async () => {
    const d = folder();
    const out = join(d, "new.xlsx");
    // The file appears between the final check and the link that places the output.
    const fs: OutputFs = {
      ...nodeFs,
      link: async (a, b) => {
        if (b === out) writeFileSync(out, "someone else's");
        return nodeFs.link(a, b);
      },
    };
    const message = await refusal(writeOutputs(input(d), [xlsx(d, "new.xlsx")], { fs }));
    expect(message).toMatch(/^cannot write -o ".*new\.xlsx": another program created the file/);
    expect(readFileSync(out, "utf8")).toBe("someone else's");
    expect(Object.keys(snapshot(d)).sort()).toEqual(["in.xlsx", "new.xlsx", "old.html", "old.xlsx"]);
  });
});

describe("a case-insensitive volume (every path folded to lower case, as macOS and Windows do)", () => {
  // A lower-case folder, so the folded paths name real files.
  const base = mkdtempSync(join(tmpdir(), "csc-ci-")).toLowerCase();
  mkdirSync(base, { recursive: true });
  const fold = (p: string) => p.toLowerCase();
  const fs: OutputFs = {
    stat: (p) => nodeFs.stat(fold(p)),
    lstat: (p) => nodeFs.lstat(fold(p)),
    realpath: (p) => nodeFs.realpath(fold(p)),
    readlink: (p) => nodeFs.readlink(fold(p)),
    writable: (p) => nodeFs.writable(fold(p)),
    writeNew: (p, data, mode) => nodeFs.writeNew(fold(p), data, mode),
    rename: (a, b) => nodeFs.rename(fold(a), fold(b)),
    link: (a, b) => nodeFs.link(fold(a), fold(b)),
    copyNew: (a, b) => nodeFs.copyNew(fold(a), fold(b)),
    unlink: (p) => nodeFs.unlink(fold(p)),
    syncDir: (p) => nodeFs.syncDir(fold(p)),
  };

  it("refuses -o IN.XLSX for the input in.xlsx", async () => {
    writeFileSync(join(base, "in.xlsx"), "the input");
    const errors: string[] = [];
    const code = await generateCommand(join(base, "In.xlsx"), {
      output: join(base, "IN.XLSX"),
      force: true,
      fs,
      log: () => undefined,
      error: (l) => errors.push(l),
    });
    expect(code).toBe(2);
    expect(errors.join("\n")).toMatch(/-o ".*IN\.XLSX" is the same file as the input ".*In\.xlsx"/);
  });

  it("refuses two new outputs whose names differ only by case, found by probing the folder", async () => {
    const before = snapshot(base);
    const message = await refusal(
      writeOutputs(undefined, [xlsx(base, "Report.x"), html(base, "REPORT.x")], { fs: fs }),
    );
    expect(message).toMatch(/--html ".*REPORT\.x" is the same file as -o ".*Report\.x"/);
    expect(snapshot(base)).toEqual(before);
  });

  it("writes both on a case-sensitive volume, where they are two files", async () => {
    const d = tempDir();
    await writeOutputs(undefined, [xlsx(d, "Report.x"), html(d, "REPORT.x")]);
    expect(Object.keys(snapshot(d)).sort()).toEqual(["REPORT.x", "Report.x"]);
  });
});

describe("messages name the file and its role", () => {
  it("a missing input is named as the input", async () => {
    const d = tempDir();
    const r = await run("generate", join(d, "nope.xlsx"), "-o", join(d, "out.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`csc-report: cannot read the input "${join(d, "nope.xlsx")}": no such file`);
  });
});

describe("only files are outputs", () => {
  // `-o /dev/stdout --force` would follow /dev/stdout → /proc/self/fd/1 → the file stdout was
  // redirected to, and replace it; a device or a process's descriptor is never an output.
  const linux = process.platform === "linux";
  (linux ? it : it.skip).each([["/dev/stdout"], ["/dev/fd/1"], ["/proc/self/fd/1"], ["/dev/null"]])(
    "%s is refused by name, whatever it leads to",
    async (path) => {
      const d = folder();
      const before = snapshot(d);
      const message = await refusal(writeOutputs(input(d), [{ label: "-o", path, data: "x" }], { force: true }));
      expect(message).toMatch(new RegExp(`^-o "${path}" names a device or a process's open file \\(in /(dev|proc)\\)`));
      expect(snapshot(d)).toEqual(before);
    },
  );

  (linux ? it : it.skip)("a link in the officer's folder that leads to a descriptor is refused too", async () => {
    const d = folder();
    symlinkSync("/proc/self/fd/1", join(d, "out.xlsx"));
    const before = snapshot(d);
    const message = await refusal(writeOutputs(input(d), [xlsx(d, "out.xlsx")], { force: true }));
    expect(message).toContain("names a device or a process's open file (in /proc)");
    expect(snapshot(d)).toEqual(before);
  });
});

describe("a replaced output keeps what the officer set on it", () => {
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  (asRoot ? it : it.skip)("its owner and group (root may give them back)", async () => {
    const d = folder();
    chownSync(join(d, "old.xlsx"), 65534, 65534);
    await writeOutputs(input(d), [xlsx(d, "old.xlsx")], { force: true });
    const st = statSync(join(d, "old.xlsx"));
    expect([st.uid, st.gid]).toEqual([65534, 65534]);
    expect(readFileSync(join(d, "old.xlsx"))).toEqual(Buffer.from(new Uint8Array(1000).fill(80)));
  });

  it("a long name in Welsh or Chinese: the temporary's name is cut by bytes, and the write works", async () => {
    const d = folder();
    // 80 three-byte characters: a 245-byte name, within the 255-byte limit; its temporary must be too.
    const name = `${"日".repeat(80)}.xlsx`;
    await writeOutputs(input(d), [xlsx(d, name)]);
    expect(readFileSync(join(d, name)).length).toBe(1000);
    expect(Object.keys(snapshot(d)).sort()).toEqual(["in.xlsx", name, "old.html", "old.xlsx"].sort());
  });

  it("cutToBytes never splits a character", () => {
    expect(cutToBytes("ab😀c", 5)).toBe("ab");
    expect(cutToBytes("ab😀c", 6)).toBe("ab😀");
    expect(Buffer.byteLength(cutToBytes("ŵ".repeat(200), 120))).toBe(120);
  });
});
