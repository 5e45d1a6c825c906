/**
 * Debian tools the package tests run: LibreOffice (a real spreadsheet and presentation client
 * that opens the outputs), poppler-utils (to read the PDF LibreOffice makes) and Python's openpyxl (a real writer of the officer's workbook). Installed with
 * apt-get when missing and we may (root), as scripts/test.js does for Chromium; otherwise the
 * test fails saying what to install.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's own Python, which python3-openpyxl installs into (not a pyenv or venv one). */
export const PYTHON = "/usr/bin/python3";
export const SOFFICE = "/usr/bin/soffice";
/** Present when LibreOffice's Impress module is installed (libreoffice-impress or its -nogui variant). */
const IMPRESS = "/usr/lib/libreoffice/share/registry/impress.xcd";
/** poppler-utils: the text and the pages of a PDF LibreOffice printed. */
export const PDFTOTEXT = "/usr/bin/pdftotext";
export const PDFTOPPM = "/usr/bin/pdftoppm";

const has = (module: string) => spawnSync(PYTHON, ["-c", `import ${module}`]).status === 0;

/** Makes sure LibreOffice Calc, openpyxl, PIL (for openpyxl's images) and poppler-utils are installed. */
export function ensureDebianTools(): void {
  const missing = [
    ...(existsSync(SOFFICE) ? [] : ["libreoffice-calc-nogui"]),
    ...(existsSync(PYTHON) && has("openpyxl") ? [] : ["python3-openpyxl"]),
    ...(existsSync(PYTHON) && has("PIL") ? [] : ["python3-pil"]),
    ...(existsSync(PDFTOTEXT) && existsSync(PDFTOPPM) ? [] : ["poppler-utils"]),
  ];
  aptInstall(missing);
}

/** Makes sure LibreOffice Impress (to convert a deck to PDF) and poppler-utils (pdftotext, pdftoppm) are installed. */
export function ensureImpressTools(): void {
  aptInstall([
    ...(existsSync(SOFFICE) && existsSync(IMPRESS) ? [] : ["libreoffice-impress-nogui"]),
    ...(existsSync(PDFTOTEXT) && existsSync(PDFTOPPM) ? [] : ["poppler-utils"]),
  ]);
}

/** Installs Debian packages when some are missing and we may (root), else fails saying what to install. */
function aptInstall(missing: readonly string[]): void {
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get"))
    throw new Error(`These tests need Debian's ${missing.join(", ")}: sudo apt-get install ${missing.join(" ")}`);
  execFileSync(
    "sh",
    [
      "-c",
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(" ")}`,
    ],
    { stdio: "pipe" },
  );
}

/**
 * Converts `file` with LibreOffice headless (its own profile, so parallel runs do not collide).
 * @param filter the --convert-to argument ("xlsx", or "csv:...:-1" for one CSV per sheet).
 * @returns the files LibreOffice wrote.
 */
export function libreOfficeConvert(file: string, filter: string): string[] {
  const out = mkdtempSync(join(tmpdir(), "csc-lo-"));
  const profile = mkdtempSync(join(tmpdir(), "csc-lo-profile-"));
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", out, file],
    { stdio: "pipe", timeout: 120_000 },
  );
  return readdirSync(out).map((f) => join(out, f));
}

/** Every sheet of `file` as CSV text, by sheet name, the cells as LibreOffice displays them. */
export function libreOfficeSheets(file: string): Map<string, string> {
  // Comma, double quote, UTF-8, from line 1, formatted as shown, every sheet (-1).
  const files = libreOfficeConvert(
    file,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
  );
  const base = file.replace(/^.*\//, "").replace(/\.xlsx$/, "");
  return new Map(
    files.map((f) => [
      f
        .replace(/^.*\//, "")
        .slice(base.length + 1)
        .replace(/\.csv$/, ""),
      readFileSync(f, "utf8"),
    ]),
  );
}
