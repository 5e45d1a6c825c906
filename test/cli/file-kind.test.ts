/**
 * The file type matches its name: a copy of a macro-enabled workbook or a template keeps its
 * kind (its workbook part's content type, and its VBA project), so `generate -o` and
 * `import --into -o` take only a name with that kind's extension, and say which; a new
 * workbook (`template`, `import` without --into) takes only .xlsx. Nothing is written when
 * a name is refused. The packages are the sample workbook, made each kind.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSampleWorkbook, templateBytes } from "../../src/cli/template";
import { ZipArchive, writeZip, type ZipOutput } from "../../src/cli/xlsx/zip";
import { csv903 } from "../../support/returns-903";
import { run, snapshot, tempDir } from "./helpers";

const EXTENSIONS = [".xlsx", ".xlsm", ".xltx", ".xltm"] as const;
type Ext = (typeof EXTENSIONS)[number];

/** The workbook part's content type of each kind, as Excel writes it. */
const MAIN_TYPE: Record<Ext, string> = {
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  ".xltx": "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  ".xltm": "application/vnd.ms-excel.template.macroEnabled.main+xml",
};
const VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
const macros = (ext: Ext) => ext === ".xlsm" || ext === ".xltm";
const sample = templateBytes(loadSampleWorkbook());

/** A part of `zip` as text. */
function partText(zip: ZipArchive, name: string): string {
  const entry = zip.entry(name);
  if (!entry) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(zip.read(entry));
}

/** The sample workbook as a package of `ext`'s kind: its content type and, macro-enabled, a VBA project. */
function packageOf(ext: Ext): Uint8Array {
  const zip = new ZipArchive(sample);
  const text = (name: string) => partText(zip, name);
  const encode = (s: string) => new TextEncoder().encode(s);
  const out: ZipOutput[] = zip.entries.map((entry): ZipOutput => {
    if (entry.name === "[Content_Types].xml") {
      let types = text(entry.name).replace(
        /(PartName="\/xl\/workbook\.xml" ContentType=")[^"]+"/,
        `$1${MAIN_TYPE[ext]}"`,
      );
      if (macros(ext))
        types = types.replace(
          "</Types>",
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        );
      return { kind: "new", name: entry.name, data: encode(types) };
    }
    if (entry.name === "xl/_rels/workbook.xml.rels" && macros(ext))
      return {
        kind: "new",
        name: entry.name,
        data: encode(
          text(entry.name).replace(
            "</Relationships>",
            `<Relationship Id="rIdVba" Type="${VBA_REL}" Target="vbaProject.bin"/></Relationships>`,
          ),
        ),
      };
    return { kind: "copy", from: zip, entry };
  });
  if (macros(ext))
    out.push({ kind: "new", name: "xl/vbaProject.bin", data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) });
  return writeZip(out);
}

/** What a written package is: its workbook part's content type and whether it holds the VBA project. */
function kindOf(bytes: Uint8Array): { type: string; vba: boolean } {
  const zip = new ZipArchive(bytes);
  const types = partText(zip, "[Content_Types].xml");
  return {
    type: /PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(types)?.[1] ?? "",
    vba: zip.entry("xl/vbaProject.bin") !== undefined,
  };
}

const pairs = EXTENSIONS.flatMap((from) => EXTENSIONS.map((to) => [from, to] as const));

describe.each(pairs)("generate from a %s to -o copy%s", (from, to) => {
  it(from === to ? "writes a copy of the input's kind" : "refuses, naming the extension to use", async () => {
    const dir = tempDir();
    const input = join(dir, `book${from}`);
    writeFileSync(input, packageOf(from));
    const before = snapshot(dir);
    const out = join(dir, `copy${to}`);
    const r = await run("generate", input, "-o", out);
    if (from === to) {
      expect(r.code).toBe(0);
      expect(kindOf(readFileSync(out))).toEqual({ type: MAIN_TYPE[from], vba: macros(from) });
      return;
    }
    expect(r.code).toBe(2);
    expect(r.err).toContain(`-o "${out}" ends ${to}, but the input "${input}" is`);
    expect(r.err).toContain(`give -o a name ending ${from}`);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("import", () => {
  const returnDir = () => {
    const dir = join(tempDir(), "return");
    mkdirSync(dir);
    const child = { id: "A", dob: "01/01/2010", episodes: [{ decom: "01/01/2017", rne: "P" }] };
    for (const f of csv903([child])) writeFileSync(join(dir, f.name), f.text);
    return dir;
  };

  it.each(EXTENSIONS.filter((e) => e !== ".xlsx"))(
    "--into a %s refuses -o copy.xlsx and writes a copy of its kind",
    async (ext) => {
      const dir = tempDir();
      const into = join(dir, `book${ext}`);
      writeFileSync(into, packageOf(ext));
      const before = snapshot(dir);
      const refused = await run("import", returnDir(), "-o", join(dir, "copy.xlsx"), "--into", into);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(`give -o a name ending ${ext}`);
      expect(snapshot(dir)).toEqual(before);
      const out = join(dir, `copy${ext}`);
      const written = await run("import", returnDir(), "-o", out, "--into", into);
      expect(written.code).toBe(0);
      expect(kindOf(readFileSync(out))).toEqual({ type: MAIN_TYPE[ext], vba: macros(ext) });
    },
  );

  it("without --into refuses -o book.xlsm: a new workbook is an .xlsx", async () => {
    const dir = tempDir();
    const r = await run("import", returnDir(), "-o", join(dir, "book.xlsm"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("csc-report writes an Excel workbook (.xlsx)");
    expect(snapshot(dir)).toEqual({});
  });
});

it("template refuses -o book.xltx: it writes an Excel workbook", async () => {
  const dir = tempDir();
  const r = await run("template", join(dir, "book.xltx"));
  expect(r.code).toBe(2);
  expect(r.err).toContain("give the output a name ending .xlsx");
  expect(snapshot(dir)).toEqual({});
});
