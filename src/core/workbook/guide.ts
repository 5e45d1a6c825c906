/**
 * The "About" sheet of the template: the workbook's layout described inside the workbook, for
 * an officer who has the file but not the documentation. Both ways a period table may be laid
 * out, and the CSC_ names that point the add-in at tables of the officer's own. Plain rows of
 * text, written by the template writer; the validator reads no sheet of this name.
 */
import { LAYOUT } from "./layout";
import { datasetNameFor } from "./names";

/** The guide sheet's name. */
export const GUIDE_SHEET = "About";

/** The guide's rows, top to bottom; each row is its cells from column A. */
export function layoutGuide(): string[][] {
  const periodTables = LAYOUT.filter((d) => d.id !== "settings" && d.id !== "assessmentLog");
  const example = periodTables[0];
  const measures = example ? example.columns.slice(1).map((c) => c.header) : [];
  return [
    ["About this workbook"],
    [
      "Each dataset has its own sheet and Excel table. Type the figures into the tables; the Safeguarding Report add-in and the csc-report command line read them, check them and build the report from them.",
    ],
    [],
    ["Dataset", "Sheet", "Table", "Columns (* optional)", "Name for your own table"],
    ...LAYOUT.map((d) => [
      d.description,
      d.sheet,
      d.table,
      d.columns.map((c) => (c.required ? c.header : `${c.header}*`)).join(", "),
      datasetNameFor(d.id),
    ]),
    [],
    ["Periods down the rows or across the columns"],
    [
      "The tables here have one row per year or quarter. A table may also have the years or quarters across its header row, as the published report's tables do: its first header cell is a caption, and its first column holds the measures, named as the columns above. For example:",
    ],
    [example?.sheet ?? "", "2019-20", "2020-21", "2021-22"],
    ...measures.map((m) => [m, "(figure)", "(figure)", "(figure)"]),
    [],
    ["Your own tables"],
    [
      "Figures kept in tables of your own, on any sheet and under any name, are read when a workbook-scoped name points at them: Formulas > Name Manager > New, the name from the table above (for example CSC_Assessments), referring to the table (=MyTable[#All]) or to its cells, header row first. The add-in's Use my own tables does this for you and shows how the headers match.",
    ],
  ];
}
