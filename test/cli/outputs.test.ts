/**
 * Hostile output paths through the whole command line (in-process): every way an output can
 * name the input or another output, or be a path that must not be written. Each case runs
 * in a fresh folder holding the input, an old report and an old HTML page, and asserts the
 * exit code, that the message names the file, and that the folder is byte for byte as it
 * was (input, existing outputs, and no stray file).
 */
import {
  chmodSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { run, snapshot, tempDir } from "./helpers";

const root = tempDir();
const sample = join(root, "sample.xlsx");

beforeAll(async () => {
  expect((await run("template", sample, "--sample")).code).toBe(0);
});

/** A fresh folder: in.xlsx (the sample), old.xlsx and old.html (earlier outputs), sub/. */
function folder(): string {
  const d = tempDir();
  copyFileSync(sample, join(d, "in.xlsx"));
  writeFileSync(join(d, "old.xlsx"), "the previous report workbook");
  writeFileSync(join(d, "old.html"), "<p>the previous report</p>");
  mkdirSync(join(d, "sub"));
  return d;
}

interface Case {
  readonly name: string;
  /** Arguments, given the case's folder; after any setup it does. */
  readonly args: (d: string) => string[];
  /** What the message must say (it names the file by option and path). */
  readonly message: (d: string) => RegExp;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const gen = (d: string, ...rest: string[]) => ["generate", join(d, "in.xlsx"), ...rest];

const refused: readonly Case[] = [
  {
    name: "--html is the input",
    args: (d) => gen(d, "-o", join(d, "out.xlsx"), "--html", join(d, "in.xlsx")),
    message: (d) => new RegExp(`--html "${esc(join(d, "in.xlsx"))}" is the same file as the input`),
  },
  {
    name: "-o is the input, spelt ./in.xlsx",
    args: (d) => gen(d, "-o", `${d}/./in.xlsx`),
    message: () => /-o ".*\/\.\/in\.xlsx" is the same file as the input/,
  },
  {
    name: "-o is the input, spelt sub/../in.xlsx",
    args: (d) => gen(d, "-o", `${d}/sub/../in.xlsx`),
    message: () => /-o ".*sub\/\.\.\/in\.xlsx" is the same file as the input/,
  },
  {
    name: "-o is the input with --force",
    args: (d) => gen(d, "-o", join(d, "in.xlsx"), "--force"),
    message: () => /-o ".*in\.xlsx" is the same file as the input/,
  },
  {
    name: "-o is a symbolic link to the input",
    args: (d) => {
      symlinkSync(join(d, "in.xlsx"), join(d, "link.xlsx"));
      return gen(d, "-o", join(d, "link.xlsx"), "--force");
    },
    message: () => /-o ".*link\.xlsx" is the same file as the input/,
  },
  {
    name: "-o is a hard link to the input",
    args: (d) => {
      linkSync(join(d, "in.xlsx"), join(d, "hard.xlsx"));
      return gen(d, "-o", join(d, "hard.xlsx"), "--force");
    },
    message: () => /-o ".*hard\.xlsx" is the same file as the input/,
  },
  {
    name: "-o goes through a symlinked folder to the input",
    args: (d) => {
      symlinkSync(d, join(d, "alias"));
      return gen(d, "-o", join(d, "alias", "in.xlsx"), "--force");
    },
    message: () => /-o ".*alias\/in\.xlsx" is the same file as the input/,
  },
  {
    name: "--html is a hard link to the input",
    args: (d) => {
      linkSync(join(d, "in.xlsx"), join(d, "page.html"));
      return gen(d, "-o", join(d, "out.xlsx"), "--html", join(d, "page.html"), "--force");
    },
    message: () => /--html ".*page\.html" is the same file as the input/,
  },
  {
    name: "a missing input and a new -o with the same real folder and name",
    args: (d) => {
      symlinkSync(d, join(d, "alias"));
      return ["generate", join(d, "missing.xlsx"), "-o", join(d, "alias", "missing.xlsx")];
    },
    message: () => /-o ".*alias\/missing\.xlsx" is the same file as the input ".*missing\.xlsx"/,
  },
  {
    name: "-o and --html name the same new file",
    args: (d) => gen(d, "-o", join(d, "out.x"), "--html", join(d, "out.x")),
    message: () => /--html ".*out\.x" is the same file as -o ".*out\.x"/,
  },
  {
    name: "-o and --html name one new file through a symlinked folder",
    args: (d) => {
      symlinkSync(join(d, "sub"), join(d, "alias"));
      return gen(d, "-o", join(d, "sub", "r.x"), "--html", join(d, "alias", "r.x"));
    },
    message: () => /--html ".*alias\/r\.x" is the same file as -o ".*sub\/r\.x"/,
  },
  {
    name: "-o and --html are hard links to one file",
    args: (d) => {
      linkSync(join(d, "old.xlsx"), join(d, "twin.html"));
      return gen(d, "-o", join(d, "old.xlsx"), "--html", join(d, "twin.html"), "--force");
    },
    message: () => /--html ".*twin\.html" is the same file as -o ".*old\.xlsx"/,
  },
  {
    name: "--pptx is the input",
    args: (d) => gen(d, "-o", join(d, "out.xlsx"), "--pptx", join(d, "in.xlsx"), "--force"),
    message: (d) => new RegExp(`--pptx "${esc(join(d, "in.xlsx"))}" is the same file as the input`),
  },
  {
    name: "--pptx and --html name the same new file",
    args: (d) => gen(d, "-o", join(d, "out.xlsx"), "--html", join(d, "r.x"), "--pptx", join(d, "r.x")),
    message: () => /--pptx ".*r\.x" is the same file as --html ".*r\.x"/,
  },
  {
    name: "--pptx exists, without --force (and -o, --html are new: none is written)",
    args: (d) => {
      writeFileSync(join(d, "old.pptx"), "the previous slides");
      return gen(d, "-o", join(d, "new.xlsx"), "--html", join(d, "new.html"), "--pptx", join(d, "old.pptx"));
    },
    message: () => /--pptx ".*old\.pptx" already exists; use --force to replace it/,
  },
  {
    name: "-o exists, without --force",
    args: (d) => gen(d, "-o", join(d, "old.xlsx")),
    message: () => /-o ".*old\.xlsx" already exists; use --force to replace it/,
  },
  {
    name: "--html exists, without --force (and -o is new: neither is written)",
    args: (d) => gen(d, "-o", join(d, "new.xlsx"), "--html", join(d, "old.html")),
    message: () => /--html ".*old\.html" already exists; use --force/,
  },
  {
    name: "-o is a symbolic link to an existing file, without --force",
    args: (d) => {
      symlinkSync(join(d, "old.xlsx"), join(d, "link.xlsx"));
      return gen(d, "-o", join(d, "link.xlsx"));
    },
    message: () => /-o ".*link\.xlsx" already exists/,
  },
  {
    name: "-o is a folder",
    args: (d) => gen(d, "-o", join(d, "sub"), "--force"),
    message: () => /-o ".*sub" is a folder, not a file/,
  },
  {
    name: "-o is in a folder that does not exist",
    args: (d) => gen(d, "-o", join(d, "nowhere", "out.xlsx")),
    message: () => /-o ".*nowhere\/out\.xlsx" cannot be written: the folder ".*nowhere" does not exist/,
  },
  {
    name: "-o is under a file, not a folder",
    args: (d) => gen(d, "-o", join(d, "old.html", "out.xlsx")),
    message: () => /-o ".*old\.html\/out\.xlsx" cannot be written: ".*old\.html" is not a folder/,
  },
  {
    name: "-o is a device (/dev/null)",
    args: (d) => gen(d, "-o", "/dev/null", "--force"),
    message: () => /-o "\/dev\/null" names a device or a process.s open file \(in \/dev\), not a file/,
  },
  {
    name: "-o is a symbolic link to nothing",
    args: (d) => {
      symlinkSync(join(d, "gone.xlsx"), join(d, "dangling.xlsx"));
      return gen(d, "-o", join(d, "dangling.xlsx"), "--force");
    },
    message: () => /-o ".*dangling\.xlsx" is a symbolic link to a file that does not exist/,
  },
  {
    name: "-o is empty",
    args: (d) => gen(d, "-o", ""),
    message: () => /-o "" is empty/,
  },
  {
    name: "template onto an existing file, without --force",
    args: (d) => ["template", join(d, "old.xlsx"), "--sample"],
    message: () => /the output ".*old\.xlsx" already exists; use --force/,
  },
  {
    name: "template onto a folder",
    args: (d) => ["template", join(d, "sub"), "--force"],
    message: () => /the output ".*sub" is a folder/,
  },
];

describe.each(refused.map((c) => [c.name, c] as const))("refused: %s", (_name, c) => {
  it("exits 2, names the file, and changes nothing", async () => {
    const d = folder();
    const args = c.args(d);
    const before = snapshot(d);
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(c.message(d));
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe("");
    expect(snapshot(d)).toEqual(before);
  });
});

describe("allowed", () => {
  it("--force replaces existing outputs; the input and the rest stay", async () => {
    const d = folder();
    const before = snapshot(d);
    const r = await run(...gen(d, "-o", join(d, "old.xlsx"), "--html", join(d, "old.html"), "--force"));
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`to -o "${join(d, "old.xlsx")}"`);
    const after = snapshot(d);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after["in.xlsx"]).toBe(before["in.xlsx"]);
    expect(readFileSync(join(d, "old.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readFileSync(join(d, "old.html"), "utf8")).toContain('<html lang="en-GB">');
  });

  it("writes through a symbolic link to an existing output with --force: the link stays, its file is replaced", async () => {
    const d = folder();
    symlinkSync(join(d, "old.xlsx"), join(d, "link.xlsx"));
    expect((await run(...gen(d, "-o", join(d, "link.xlsx"), "--force"))).code).toBe(0);
    expect(snapshot(d)["link.xlsx"]).toBe(`-> ${join(d, "old.xlsx")}`);
    const wb = new Workbook();
    await wb.xlsx.readFile(join(d, "old.xlsx"));
    expect(wb.getWorksheet("Safeguarding Report")).toBeDefined();
  });

  it("replacing a hard-linked output leaves the other name's bytes as they were", async () => {
    const d = folder();
    linkSync(join(d, "old.xlsx"), join(d, "other-name.xlsx"));
    expect((await run(...gen(d, "-o", join(d, "old.xlsx"), "--force"))).code).toBe(0);
    expect(readFileSync(join(d, "other-name.xlsx"), "utf8")).toBe("the previous report workbook");
  });

  it("keeps the replaced file's permissions; a new file gets the usual ones (the umask applies)", async () => {
    const d = folder();
    chmodSync(join(d, "old.html"), 0o640);
    expect((await run(...gen(d, "-o", join(d, "new.xlsx"), "--html", join(d, "old.html"), "--force"))).code).toBe(0);
    expect(statSync(join(d, "old.html")).mode & 0o777).toBe(0o640);
    const umask = process.umask();
    expect(statSync(join(d, "new.xlsx")).mode & 0o777).toBe(0o666 & ~umask);
  });
});
