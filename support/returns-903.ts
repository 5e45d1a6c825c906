/**
 * Makes SSDA903 returns for tests and benchmarks, in both of DfE's forms: the CSV tables
 * (Header, Episodes, UASC with DfE's column order) and the XML (EXPSSDA903/CHILD/HEADER and
 * EPISODE, CHILDID and PL as the XML names them). The children are synthetic; the same spec
 * gives the same return in either form.
 */

/** One episode as written in the return (dates dd/mm/yyyy; blank DEC while open). */
export interface EpisodeSpec {
  readonly decom: string;
  readonly rne?: string;
  readonly ls?: string;
  readonly dec?: string;
  readonly rec?: string;
  readonly place?: string;
}

/** One child. `uasc` puts the child in the UASC table (XML: UASC 1 and DUC). */
export interface ChildSpec {
  readonly id: string;
  readonly sex?: string;
  readonly dob: string;
  readonly ethnic?: string;
  readonly uasc?: { readonly duc: string };
  readonly episodes?: readonly EpisodeSpec[];
  /** Leave the child out of the Header (for the joins' rules). */
  readonly noHeader?: boolean;
}

/** A file made: its name and text. */
export interface MadeFile {
  readonly name: string;
  readonly text: string;
}

export const HEADER_COLUMNS = ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"];
export const EPISODE_COLUMNS = [
  "CHILD",
  "DECOM",
  "RNE",
  "LS",
  "CIN",
  "PLACE",
  "PLACE_PROVIDER",
  "DEC",
  "REC",
  "REASON_PLACE_CHANGE",
  "HOME_POST",
  "PL_POST",
  "URN",
];
export const UASC_COLUMNS = ["CHILD", "SEX", "DOB", "DUC"];

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvLine = (fields: readonly string[]) => fields.map(csvField).join(",");

function episodeRow(child: string, e: EpisodeSpec): string[] {
  return [
    child,
    e.decom,
    e.rne ?? "S",
    e.ls ?? "C2",
    "N1",
    e.place ?? "U1",
    "PR1",
    e.dec ?? "",
    e.dec ? (e.rec ?? "E11") : (e.rec ?? ""),
    "",
    "",
    "",
    "",
  ];
}

/** The return as CSV tables: header.csv, episodes.csv and (when a child is UASC) uasc.csv. */
export function csv903(children: readonly ChildSpec[], eol = "\r\n"): MadeFile[] {
  const header = [
    csvLine(HEADER_COLUMNS),
    ...children
      .filter((c) => !c.noHeader)
      .map((c) => csvLine([c.id, c.sex ?? "1", c.dob, c.ethnic ?? "WBRI", "", "", ""])),
  ];
  const episodes = [
    csvLine(EPISODE_COLUMNS),
    ...children.flatMap((c) => (c.episodes ?? []).map((e) => csvLine(episodeRow(c.id, e)))),
  ];
  const files: MadeFile[] = [
    { name: "header.csv", text: header.join(eol) + eol },
    { name: "episodes.csv", text: episodes.join(eol) + eol },
  ];
  const uasc = children.filter((c) => c.uasc);
  if (uasc.length)
    files.push({
      name: "uasc.csv",
      text:
        [csvLine(UASC_COLUMNS), ...uasc.map((c) => csvLine([c.id, c.sex ?? "1", c.dob, c.uasc?.duc ?? ""]))].join(eol) +
        eol,
    });
  return files;
}

const el = (name: string, value: string) =>
  value === "" ? `<${name} />` : `<${name}>${value.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</${name}>`;

/** The return as DfE's XML (one line per element, so a finding's line names the element). */
export function xml903(children: readonly ChildSpec[]): string {
  const out = ["<?xml version='1.0' encoding='utf-8'?>", "<EXPSSDA903>"];
  for (const c of children) {
    out.push(
      "<CHILD>",
      "<HEADER>",
      el("CHILDID", c.id),
      el("UPN", ""),
      el("SEX", c.sex ?? "1"),
      el("DOB", c.dob),
      el("ETHNIC", c.ethnic ?? "WBRI"),
    );
    out.push(el("UASC", c.uasc ? "1" : ""));
    if (c.uasc) out.push(el("DUC", c.uasc.duc));
    out.push("</HEADER>");
    for (const e of c.episodes ?? []) {
      const [, decom, rne, ls, cin, place, provider, dec, rec] = episodeRow(c.id, e);
      out.push(
        "<EPISODE>",
        el("DECOM", decom ?? ""),
        el("RNE", rne ?? ""),
        el("LS", ls ?? ""),
        el("CIN", cin ?? ""),
        el("PL", place ?? ""),
        el("PLACE_PROVIDER", provider ?? ""),
        el("DEC", dec ?? ""),
        el("REC", rec ?? ""),
        "</EPISODE>",
      );
    }
    out.push("</CHILD>");
  }
  out.push("</EXPSSDA903>");
  return out.join("\n") + "\n";
}

const dd = (n: number) => String(n).padStart(2, "0");

/**
 * A large return's Header and Episodes tables, as chunks of CSV text (for the benchmark): each
 * child has `perChild` episodes in 2017-18 (the last one open), so `children * perChild`
 * episodes in all. Deterministic.
 */
export function* largeReturn903(children: number, perChild: number, table: "header" | "episodes"): Generator<string> {
  const lines: string[] = [(table === "header" ? HEADER_COLUMNS : EPISODE_COLUMNS).join(",")];
  for (let i = 0; i < children; i++) {
    const id = String(100000 + i);
    if (table === "header")
      lines.push(
        csvLine([
          id,
          String((i % 2) + 1),
          `${dd((i % 28) + 1)}/${dd((i % 12) + 1)}/${2001 + (i % 17)}`,
          "WBRI",
          "",
          "",
          "",
        ]),
      );
    else {
      for (let k = 0; k < perChild; k++) {
        const start = `${dd((k % 28) + 1)}/${dd(k + 4 > 12 ? 12 : k + 4)}/2017`;
        const next = k + 1 < perChild ? `${dd(((k + 1) % 28) + 1)}/${dd(k + 5 > 12 ? 12 : k + 5)}/2017` : "";
        lines.push(
          csvLine(episodeRow(id, { decom: start, rne: k === 0 ? "S" : "P", dec: next, rec: next ? "X1" : "" })),
        );
      }
    }
    if (lines.length >= 2000) {
      yield lines.join("\n") + "\n";
      lines.length = 0;
    }
  }
  if (lines.length) yield lines.join("\n") + "\n";
}
