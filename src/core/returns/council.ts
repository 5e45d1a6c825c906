/**
 * Which council DfE's published figures are read for in the reconciliation, and where that came
 * from. The officer's word wins (`--la`, or the workbook's Settings); without it the children
 * in need census names its council itself: `Header/Source/LEA` is the council's 3-digit DfE LA
 * number (DfE, "Children in need census: XML specification", the Header's Source group), the
 * same number DfE's published tables key councils by. Either way the officer is told which
 * council was used and why, and told when the census names another.
 */
import { areaByCode, type BenchmarkDataset } from "../benchmarks";

/** DfE's published figures for one council, as the reconciliation takes them. */
export interface PublishedFor {
  readonly data: BenchmarkDataset;
  /** The council's DfE LA number ("850"). */
  readonly council: string;
  readonly councilName: string;
  /** Where the council came from, in words after "the council": "given by --la 850". */
  readonly from?: string;
}

/** The council DfE's figures were compared for. */
export interface PublishedCouncil {
  readonly code: string;
  readonly name: string;
  /** Where it came from, in words after "the council" ("named in the census header (cin.xml, Source/LEA 850)"). */
  readonly from: string;
}

/** What the council decision gives the reconciliation and the officer. */
export interface CouncilChoice {
  readonly published?: PublishedFor;
  readonly council?: PublishedCouncil;
  /** The census names a council DfE does not list, or another than the one compared. */
  readonly warning?: string;
}

/** A council a return's header names: the file and the DfE LA number as written. */
export interface NamedCouncil {
  readonly file: string;
  readonly la: string;
}

/**
 * Decides the council for DfE's published figures.
 * @param given DfE's figures for the council the officer gave (--la or Settings), if any.
 * @param named the councils the returns' headers name (the census's Source/LEA).
 * @param load DfE's dataset, asked for only when a header must decide.
 */
export async function chooseCouncil(
  given: PublishedFor | undefined,
  named: readonly NamedCouncil[],
  load?: () => Promise<BenchmarkDataset | undefined>,
): Promise<CouncilChoice> {
  const header = named[0];
  const where = header ? `the census header (${header.file}, Source/LEA ${header.la})` : "";
  if (given) {
    const council = { code: given.council, name: given.councilName, from: given.from ?? "given" };
    if (!header || header.la === given.council) return { published: given, council };
    const other = areaByCode(given.data, header.la);
    return {
      published: given,
      council,
      warning: `${where} names ${other?.kind === "la" ? `${other.name} (LA ${header.la})` : `LA ${header.la}`}, but DfE's figures are compared for ${given.councilName} (LA ${given.council}), ${council.from}: check the census is this council's.`,
    };
  }
  if (!header || !load) return {};
  const data = await load().catch(() => undefined);
  if (!data) return {};
  const area = areaByCode(data, header.la);
  if (area?.kind !== "la")
    return {
      warning: `${where} names LA "${header.la}", which is not a council in DfE's published figures, so they are not compared: name the council in the workbook's Settings (or give --la).`,
    };
  const from = `named in ${where}`;
  return {
    published: { data, council: area.code, councilName: area.name, from },
    council: { code: area.code, name: area.name, from },
  };
}

/** "DfE's published figures are for Hampshire (LA 850), the council given by --la 850." */
export function councilWords(c: PublishedCouncil): string {
  return `DfE's published figures are for ${c.name} (LA ${c.code}), the council ${c.from}.`;
}
