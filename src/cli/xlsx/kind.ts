/**
 * The file type matches its name: Excel opens a package by its extension and refuses one whose
 * workbook part's content type is another kind's ("the file format or file extension is not
 * valid"), so a macro-enabled workbook copied to "copy.xlsx" would not open, and renaming it
 * would silently leave its macros (vbaProject.bin) in a file that says it has none. The kinds
 * are told apart by the content type of the workbook part, as Excel writes it for each.
 */
import { extname } from "node:path";
import type { NamedPath } from "../output-paths";

/** A spreadsheet kind: its extension and how a message names it. */
interface Kind {
  readonly extension: string;
  readonly noun: string;
}

const WORKBOOK: Kind = { extension: ".xlsx", noun: "an Excel workbook" };

/** The kinds by the content type of the workbook part. */
const KINDS: ReadonlyMap<string, Kind> = new Map([
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", WORKBOOK],
  [
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    { extension: ".xltx", noun: "an Excel template" },
  ],
  ["application/vnd.ms-excel.sheet.macroEnabled.main+xml", { extension: ".xlsm", noun: "a macro-enabled workbook" }],
  ["application/vnd.ms-excel.template.macroEnabled.main+xml", { extension: ".xltm", noun: "a macro-enabled template" }],
]);

/** Extensions Excel gives a kind of its own; an output named otherwise ("report.bak") is the officer's choice. */
const SPREADSHEET_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls", ".xlt", ".xla", ".xlam"]);

/**
 * Why `output` may not hold a package whose workbook part has content type `type` (a new
 * workbook's when undefined), or undefined when its name fits: an output named with a
 * spreadsheet extension must have the package's own.
 * @param from how the message names where the package comes from ("the input", "--into").
 */
export function extensionRefusal(output: NamedPath, type: string | undefined, from?: NamedPath): string | undefined {
  const kind = (type !== undefined ? KINDS.get(type) : undefined) ?? WORKBOOK;
  const ext = extname(output.path).toLowerCase();
  if (!SPREADSHEET_EXTENSIONS.has(ext) || ext === kind.extension) return undefined;
  const what = from ? `${from.label} "${from.path}" is ${kind.noun}` : `csc-report writes ${kind.noun}`;
  const keeps = kind.extension === ".xlsm" || kind.extension === ".xltm" ? " (its macros are kept)" : "";
  return (
    `${output.label} "${output.path}" ends ${ext}, but ${what} (${kind.extension}), which Excel does not open under another extension: ` +
    `give ${output.label} a name ending ${kind.extension}${keeps}. Nothing was written.`
  );
}
