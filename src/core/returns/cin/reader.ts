/**
 * Reads a children in need census XML file as councils submit it to DfE, streaming: the text
 * arrives in chunks of any size and is parsed with saxes (no DOM); each `Child` is built when
 * its element closes and handed on at once, so memory holds one child plus what the caller
 * keeps. `Message/Header/CollectionDetails` comes first in the schema, so the census year is
 * known before the first child.
 *
 * Refused with one fatal problem: XML that is not well formed, a DOCTYPE declaring entities (an
 * "entity bomb" would expand them; the census schema has no DOCTYPE), a root other than
 * `Message`, a `Collection` other than CIN, and a `ReferenceDate` that is not a date.
 */
import { SaxesParser } from "saxes";
import { formatNumber } from "../../base";
import { financialYearOf, serialFromYmd } from "../../dates";
import type { ReturnReadProblem, ReturnSource } from "../types";
import { ChildBuilder, cinDate } from "./child-builder";
import type { CinChild, CinHeader } from "./model";

/** The census years whose structure this reader knows, by start year (2019-20 .. 2025-26). */
const CIN_FIRST_YEAR = 2019;
const CIN_LAST_YEAR = 2025;

/** What {@link readCinCensus} gives back. */
export interface CinReadResult {
  readonly file: string;
  /** The census header; undefined when the file could not be read as a census. */
  readonly header?: CinHeader;
  /** The children, when `keepChildren` was asked for (else empty: they went to `onChild`). */
  readonly children: readonly CinChild[];
  /** How many `Child` elements were read. */
  readonly childCount: number;
  /** Problems: at most one "fatal" (reading stopped there), and "skipped" values. */
  readonly problems: readonly ReturnReadProblem[];
  /** Elements ignored (not part of this year's census, or unknown), one sentence each. */
  readonly notes: readonly string[];
}

/** Options of {@link readCinCensus}. */
export interface CinReadOptions {
  /** Called with each child as soon as its element closes (and the header). */
  readonly onChild?: (child: CinChild, header: CinHeader) => void;
  /** Keep every child in the result (small files and tests; a county's file goes to onChild). */
  readonly keepChildren?: boolean;
}

/** Thrown inside the handlers to stop reading at a fatal problem. */
class Stop extends Error {}

/**
 * Reads a CIN census XML file.
 * @param source the file's name and its text in chunks (any split gives the same result).
 * @param options where each child goes; whether to keep them.
 * @returns the header, the children kept, the problems and the notes. Never throws for a bad
 *   file: a file that cannot be read gives one "fatal" problem.
 */
export async function readCinCensus(source: ReturnSource, options: CinReadOptions = {}): Promise<CinReadResult> {
  const file = source.name;
  const problems: ReturnReadProblem[] = [];
  const children: CinChild[] = [];
  const ignored = new Map<string, { line: number; count: number; why: string }>();
  let header: CinHeader | undefined;
  let structureYear = CIN_LAST_YEAR;
  const headerText: Record<string, { text: string; line: number }> = {};
  let childCount = 0;

  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let text = "";
  let openLine = 0;
  // Inside a child: its builder, the depth of <Child>, and the depth from which to skip.
  let builder: ChildBuilder | undefined;
  let childDepth = -1;
  // Paths inside the child ("CINdetails/Assessments"), one per open element below <Child>.
  const paths: string[] = [];
  let skipFrom = -1;

  const fatal = (code: string, line: number, message: string, element?: string): never => {
    problems.push({ code, level: "fatal", where: { file, line, ...(element ? { element } : {}) }, message });
    throw new Stop();
  };
  const where = (line: number) => `${file}, line ${line}`;

  parser.on("doctype", (doctype) => {
    // The census schema has no DOCTYPE; entity declarations could expand without bound.
    if (/<!ENTITY/i.test(doctype)) {
      fatal(
        "entity-declaration",
        parser.line,
        `${where(parser.line)}: the file declares XML entities (a DOCTYPE with <!ENTITY>). A CIN census never does; the file is refused unread, as such declarations can expand without limit.`,
      );
    }
  });
  parser.on("opentag", (tag) => {
    const name = tag.name;
    const depth = stack.length;
    stack.push(name);
    text = "";
    openLine = parser.line;
    if (depth === 0 && name !== "Message") {
      fatal(
        "not-a-cin-census",
        parser.line,
        `${where(parser.line)}: the file starts with <${name}>, not <Message>: it is not a children in need census file.`,
        name,
      );
    }
    if (skipFrom >= 0) return;
    if (builder) {
      const parent = paths[paths.length - 1];
      const path = parent === undefined ? name : `${parent}/${name}`;
      paths.push(path);
      if (!builder.open(path, parser.line)) {
        skipFrom = depth;
        const seen = ignored.get(path);
        if (seen) seen.count++;
        else ignored.set(path, { line: parser.line, count: 1, why: whyIgnored(path, structureYear) });
      }
      return;
    }
    if (depth === 2 && name === "Child" && stack[1] === "Children") {
      if (!header) {
        fatal(
          "not-a-cin-census",
          parser.line,
          `${where(parser.line)}: a child comes before the census header (Header/CollectionDetails with Collection, Year and ReferenceDate): it is not a children in need census file.`,
          "Child",
        );
      }
      builder = new ChildBuilder(parser.line, structureYear);
      childDepth = depth;
    }
  });
  parser.on("text", (t) => void (text += t));
  parser.on("cdata", (t) => void (text += t));
  parser.on("closetag", (tag) => {
    const depth = stack.length - 1;
    if (skipFrom >= 0) {
      if (depth === skipFrom) {
        skipFrom = -1;
        paths.pop();
      }
      stack.pop();
      return;
    }
    if (builder) {
      if (depth === childDepth) {
        const built = builder.build(file);
        problems.push(...built.problems);
        builder = undefined;
        childCount++;
        if (options.keepChildren) children.push(built.child);
        if (header) options.onChild?.(built.child, header);
      } else {
        builder.close(paths.pop() ?? "", text, openLine);
      }
    } else if (depth === 3 && stack[1] === "Header" && stack[2] === "CollectionDetails") {
      headerText[tag.name] = { text: text.trim(), line: openLine };
    } else if (depth === 2 && tag.name === "CollectionDetails" && stack[1] === "Header") {
      const made = makeHeader(file, headerText, parser.line, fatal);
      header = made;
      structureYear = Math.min(CIN_LAST_YEAR, Math.max(CIN_FIRST_YEAR, made.year.startYear));
    } else if (depth === 3 && stack[1] === "Header" && stack[2] === "Source" && tag.name === "LEA" && header) {
      header = { ...header, la: text.trim() };
    }
    stack.pop();
    text = "";
  });

  try {
    for await (const chunk of source.chunks) parser.write(chunk);
    parser.close();
    if (!header) {
      fatal(
        "not-a-cin-census",
        parser.line,
        `${file}: no census header (Message/Header/CollectionDetails with Collection CIN and a ReferenceDate) was found: it is not a children in need census file.`,
      );
    }
  } catch (e) {
    if (!(e instanceof Stop)) {
      const message = e instanceof Error ? e.message : String(e);
      const element = stack[stack.length - 1];
      const id = builder?.childId;
      const inChild = builder ? (id ? ` (in child ${id})` : " (inside a Child)") : "";
      problems.push({
        code: "malformed-xml",
        level: "fatal",
        where: { file, line: parser.line, ...(element ? { element } : {}) },
        ...(id ? { child: id } : {}),
        message: `${where(parser.line)}: the file is not well-formed XML${element ? ` near <${element}>` : ""}${inChild}, so it cannot be read: ${plainSaxesMessage(message)}.`,
      });
    }
  }
  const notes = [...ignored].map(
    ([path, { line, count, why }]) =>
      `${path} ${why}; ignored (first on line ${line}${count > 1 ? `, ${formatNumber(count)} times` : ""}).`,
  );
  if (header && header.year.startYear !== structureYear) {
    notes.unshift(
      `The census year ${header.year.startYear}-${String((header.year.startYear + 1) % 100).padStart(2, "0")} is outside the years this reader knows (2019-20 to 2025-26); it was read with the ${structureYear}-${String((structureYear + 1) % 100).padStart(2, "0")} structure.`,
    );
  }
  return { file, ...(header ? { header } : {}), children, childCount, problems, notes };
}

/** Why an element inside a child was ignored, in words. */
function whyIgnored(path: string, year: number): string {
  const label = `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
  if (path === "CINdetails/CINPlanDates") return `is part of the census from 2021-22, not ${label}`;
  if (path === "ChildIdentifiers/Sex") return `replaces GenderCurrent from 2024-25, not in ${label}`;
  if (path === "ChildIdentifiers/GenderCurrent") return `was replaced by Sex in 2024-25, so is not part of ${label}`;
  return `is not an element of the ${label} census that this reader knows`;
}

/** saxes's message without its "file:line:column: " prefix. */
function plainSaxesMessage(message: string): string {
  return message.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, "");
}

/** The header from CollectionDetails' values, or a fatal problem. */
function makeHeader(
  file: string,
  values: Record<string, { text: string; line: number }>,
  line: number,
  fatal: (code: string, line: number, message: string, element?: string) => never,
): CinHeader {
  const collection = values["Collection"]?.text ?? "";
  if (collection.toUpperCase() !== "CIN") {
    fatal(
      "not-a-cin-census",
      values["Collection"]?.line ?? line,
      `${file}, line ${values["Collection"]?.line ?? line}: the collection is "${collection}", not CIN: it is not a children in need census file.`,
      "Header/CollectionDetails/Collection",
    );
  }
  const ref = values["ReferenceDate"];
  const date = ref ? cinDate(ref.text, ref.line) : undefined;
  if (!date || date.serial === undefined) {
    return fatal(
      "bad-reference-date",
      ref?.line ?? line,
      `${file}, line ${ref?.line ?? line}: the census ReferenceDate is ${ref ? `"${ref.text}", which is not a date (yyyy-mm-dd)` : "missing"}; the census year cannot be known without it.`,
      "Header/CollectionDetails/ReferenceDate",
    );
  }
  const end = date.serial;
  // The year ending on the reference date (DfE: the census year is 1 April to ReferenceDate).
  const year = financialYearOf(end);
  return {
    collection,
    yearText: values["Year"]?.text ?? "",
    referenceDate: { ...date, serial: end },
    year,
    start: serialFromYmd(year.startYear, 4, 1),
    end,
  };
}
