/** Test helpers: a made return read in either form, its text fed in small chunks split anywhere. */
import { analyse903, read903, type Analysis903, type ReturnSource } from "../../../src/core/returns";
import type { FinancialYear } from "../../../src/core/dates";
import { csv903, xml903, type ChildSpec, type MadeFile } from "../../../support/returns-903";

/** Splits a text into chunks of `size` characters (splitting quotes, CRLF and elements anywhere). */
export function chunked(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** Sources of made files, chunked. */
export function sources(files: readonly MadeFile[], size = 7): ReturnSource[] {
  return files.map((f) => ({ name: f.name, chunks: chunked(f.text, size) }));
}

export type Form = "csv" | "xml";
export const FORMS: readonly Form[] = ["csv", "xml"];

/** The files of a made return in a form. */
export function made(children: readonly ChildSpec[], form: Form): MadeFile[] {
  return form === "csv" ? csv903(children) : [{ name: "return.xml", text: xml903(children) }];
}

/** A made return read and analysed (2017-18 unless the year is given). */
export async function analysed(
  children: readonly ChildSpec[],
  form: Form,
  options: { year?: FinancialYear; previous?: readonly ChildSpec[] } = {},
): Promise<Analysis903> {
  const ret = await read903(sources(made(children, form)));
  const previous = options.previous ? await read903(sources(made(options.previous, form))) : undefined;
  return analyse903(ret, {
    year: options.year ?? { kind: "year", startYear: 2017 },
    ...(previous ? { previous } : {}),
  });
}

/** A figure's value by id and ISO date or year label. */
export function value(a: Analysis903, id: string, when?: string): number | undefined {
  const { isoFromSerial, formatPeriod } = jest.requireActual(
    "../../../src/core/dates",
  ) as typeof import("../../../src/core/dates");
  return a.figures.find(
    (f) =>
      f.id === id &&
      (when === undefined ||
        (f.date !== undefined ? isoFromSerial(f.date) : f.year ? formatPeriod(f.year) : "") === when),
  )?.value;
}
