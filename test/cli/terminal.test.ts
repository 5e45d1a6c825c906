/**
 * Messages are safe on a terminal: text from cells and file names has its control
 * characters, escape sequences, line breaks and bidi overrides escaped in the text output,
 * while --json stays valid JSON that reads back to the same strings.
 */
import { join } from "node:path";
import fc from "fast-check";
import { Workbook } from "exceljs";
import { terminalSafe } from "../../src/cli/terminal";
import { run, tempDir } from "./helpers";

/** Anything a terminal acts on rather than shows. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Cell text that clears the screen, sets the window title, fakes a line and reverses what follows. */
const HOSTILE = "\u001b[2J\u001b]0;owned\u0007\r\nerror A1 fake\u202egnp.exe\u009b31m";

describe("terminalSafe", () => {
  it.each([
    ["ESC and BEL", "a\u001b[31mb\u0007", "a\\u001B[31mb\\u0007"],
    ["CR, LF and TAB", "a\r\nb\tc", "a\\r\\nb\\tc"],
    ["DEL and a C1 CSI", "\u007f\u009b", "\\u007F\\u009B"],
    [
      "bidi overrides and isolates",
      "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
      "\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069",
    ],
    ["line and paragraph separators", "\u2028\u2029", "\\u2028\\u2029"],
  ])("escapes %s", (_name, text, expected) => {
    const out = terminalSafe(text);
    expect(out).not.toMatch(UNSAFE);
    expect(out).toBe(expected);
  });

  it("leaves ordinary text alone: accents, other scripts, symbols", () => {
    const text = "Café — 5 £ ≥ 10% · عربي · 儿童 · 🙂 \\ path\\to";
    expect(terminalSafe(text)).toBe(text);
  });

  it("keeps a JSON line valid JSON with the same strings, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), fc.string({ unit: "binary" }), (a, b) => {
        const line = terminalSafe(JSON.stringify({ a, b }));
        expect(line).not.toMatch(UNSAFE);
        expect(JSON.parse(line)).toEqual({ a, b });
      }),
    );
  });
});

describe("hostile text through the commands", () => {
  const dir = tempDir();
  const file = join(dir, "hostile.xlsx");

  beforeAll(async () => {
    const sample = join(dir, "sample.xlsx");
    expect((await run("template", sample, "--sample")).code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(sample);
    const ws = wb.getWorksheet("Assessments");
    if (!ws) throw new Error("no Assessments sheet");
    // In the file, control characters are stored as _xHHHH_, as Excel writes them
    // (ECMA-376 Part 1, 22.9.2.19 ST_Xstring); the reader decodes them back.
    ws.getCell("B6").value = HOSTILE.replace(
      // eslint-disable-next-line no-control-regex -- the C0 controls, to store them as Excel does
      /[\u0000-\u001f]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
    await wb.xlsx.writeFile(file);
  });

  it("validate prints the cell's text escaped, one line per line", async () => {
    const r = await run("validate", file);
    expect(r.code).toBe(1);
    for (const line of r.out.split("\n")) expect(line).not.toMatch(UNSAFE);
    expect(r.out).toContain("\\u001B[2J\\u001B]0;owned\\u0007\\r\\nerror A1 fake\\u202Egnp.exe\\u009B31m");
  });

  it("validate --json is valid JSON holding the cell's text exactly", async () => {
    const r = await run("validate", file, "--json");
    expect(r.out).not.toMatch(UNSAFE);
    const { issues } = JSON.parse(r.out) as { issues: { cell: string; message: string }[] };
    expect(issues.find((i) => i.cell === "B6")?.message).toContain(HOSTILE.trim());
  });

  it("generate lists the error escaped on stderr, naming the input", async () => {
    const r = await run("generate", file, "-o", join(dir, "out.xlsx"));
    expect(r.code).toBe(1);
    for (const line of r.err.split("\n")) expect(line).not.toMatch(UNSAFE);
    expect(r.err).toContain(`in the input "${file}"`);
    expect(r.err).toContain("Assessments!B6");
    expect(r.err).toContain("\\u001B[2J");
  });

  it("an argument commander echoes back (an unknown option) is shown escaped", async () => {
    const r = await run("validate", file, "--\u001b]0;x\u0007");
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(UNSAFE);
    expect(r.err).toContain("--\\u001B]0;x\\u0007");
  });

  it("a file name with a line break and an escape is shown escaped", async () => {
    const name = join(dir, "a\nb\u001b[1m.xlsx");
    const r = await run("validate", name);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`csc-report: cannot read the input "${join(dir, "a\\nb\\u001B[1m.xlsx")}": no such file`);
  });
});
