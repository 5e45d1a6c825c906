/**
 * Test fixtures: PerformanceData from the sample workbook JSON. The published-report tests go sample
 * JSON -> validateWorkbook -> buildReportPlan; tests that change one figure start from it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type PerformanceData, type RawWorkbook, validateWorkbook } from "../../../src/core/workbook";

/** The sample workbook as a RawWorkbook. */
export function sampleRaw(): RawWorkbook {
  return JSON.parse(
    readFileSync(join(__dirname, "../../../assets/sample/sample-workbook.json"), "utf8"),
  ) as RawWorkbook;
}

/**
 * The sample's PerformanceData through validation: sample JSON -> validateWorkbook. Fails
 * the test when validation reports an error, since the published reports must generate from the sample.
 */
export function sampleData(raw: RawWorkbook = sampleRaw()): PerformanceData {
  const { issues, data } = validateWorkbook(raw);
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0 || !data)
    throw new Error(`sample has errors: ${errors.map((e) => `${e.sheet}!${e.cell} ${e.message}`).join("; ")}`);
  return data;
}
