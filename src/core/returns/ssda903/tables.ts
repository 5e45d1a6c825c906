/**
 * The SSDA903 return's CSV tables as DfE specifies them (SSDA903 guidance, "file layout"),
 * recognised by their header row rather than their file names: councils name files as their
 * case-management system exports them. Each table has one column no other table has; the
 * columns this project reads must all be there.
 */

/** The 903 tables. */
export type Table903 =
  "Header" | "Episodes" | "UASC" | "Reviews" | "Missing" | "OC2" | "OC3" | "AD1" | "PlacedAdoption" | "PrevPerm";

interface TableDef {
  readonly table: Table903;
  /** The officer's name for the table in messages. */
  readonly label: string;
  /** A column found in this table only. */
  readonly key: string;
  /** The columns the project reads (the figures, the rules, the joins). */
  readonly required: readonly string[];
  /** The dates that record events in the year (used to tell the collection year). */
  readonly eventDates: readonly string[];
}

/** The tables, with their distinguishing column and the columns read. */
export const TABLES_903: readonly TableDef[] = [
  {
    table: "Episodes",
    label: "Episodes",
    key: "DECOM",
    required: ["CHILD", "DECOM", "RNE", "LS", "DEC", "REC"],
    eventDates: ["DECOM", "DEC"],
  },
  { table: "Header", label: "Header", key: "ETHNIC", required: ["CHILD", "SEX", "DOB", "ETHNIC"], eventDates: [] },
  { table: "UASC", label: "UASC", key: "DUC", required: ["CHILD", "DOB", "DUC"], eventDates: [] },
  { table: "Reviews", label: "Reviews", key: "REVIEW", required: ["CHILD"], eventDates: ["REVIEW"] },
  { table: "Missing", label: "Missing", key: "MIS_START", required: ["CHILD"], eventDates: ["MIS_START", "MIS_END"] },
  { table: "OC2", label: "OC2", key: "SDQ_SCORE", required: ["CHILD"], eventDates: [] },
  { table: "OC3", label: "OC3", key: "IN_TOUCH", required: ["CHILD"], eventDates: [] },
  { table: "AD1", label: "AD1", key: "DATE_INT", required: ["CHILD"], eventDates: ["DATE_INT", "DATE_MATCH"] },
  {
    table: "PlacedAdoption",
    label: "Placed for adoption",
    key: "DATE_PLACED",
    required: ["CHILD"],
    eventDates: ["DATE_PLACED"],
  },
  { table: "PrevPerm", label: "Previous permanence", key: "PREV_PERM", required: ["CHILD"], eventDates: [] },
];

/** The table a header row belongs to, or undefined when it is no 903 table. */
export function tableOfHeader(columns: readonly string[]): TableDef | undefined {
  const names = new Set(columns.map((c) => c.trim().toUpperCase()));
  // UASC's key (DUC) is also in the XML header and in later years' Header: Header wins when ETHNIC is there.
  return TABLES_903.find((t) => (t.key === "DUC" ? names.has("DUC") && !names.has("ETHNIC") : names.has(t.key)));
}

/** The table's definition. */
export function tableDef(table: Table903): TableDef {
  const def = TABLES_903.find((t) => t.table === table);
  if (!def) throw new Error(`no 903 table ${table}`);
  return def;
}
