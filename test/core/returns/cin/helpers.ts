/** Shared helpers of the CIN tests: sources from generated XML, split into chunks. */
import { cinCensusXml, type GenCensus, type GenChild } from "../../../../support/returns/cin-generator";
import { processCinCensus, readCinCensus, type CinChild, type CinHeader } from "../../../../src/core/returns/cin";
import type { ReturnSource } from "../../../../src/core/returns/types";

/** A source of `text` in chunks of `size` characters (all of it in one chunk when omitted). */
export function source(text: string, size?: number, name = "cin.xml"): ReturnSource {
  const chunks: string[] = [];
  if (size === undefined) chunks.push(text);
  else for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return { name, chunks };
}

/** Reads a generated census, keeping its children; fails the test on any problem. */
export async function readClean(census: GenCensus): Promise<{ header: CinHeader; children: readonly CinChild[] }> {
  const r = await readCinCensus(source(cinCensusXml(census)), { keepChildren: true });
  expect(r.problems).toEqual([]);
  if (!r.header) throw new Error("no header");
  return { header: r.header, children: r.children };
}

/** The figures of a one-child census of `year` (start year), by id. */
export async function figuresOf(
  year: number,
  children: readonly GenChild[],
  previous?: readonly GenChild[],
): Promise<Record<string, number>> {
  const r = await processCinCensus(source(cinCensusXml({ year, children })), {
    ...(previous
      ? { previous: source(cinCensusXml({ year: year - 1, children: previous }), undefined, "last.xml") }
      : {}),
  });
  expect(r.problems).toEqual([]);
  return Object.fromEntries(r.figures.map((f) => [f.id, f.value]));
}
