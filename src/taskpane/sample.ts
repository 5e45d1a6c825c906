/**
 * The sample performance workbook (assets/sample/sample-workbook.json: the figures of two
 * published Annual Safeguarding Reports), bundled with the pane for "Set up workbook" on an
 * empty workbook. Checked against its schema when read: the JSON is data, not code.
 */
import sampleJson from "../../assets/sample/sample-workbook.json";
import { type RawWorkbook, RawWorkbookSchema } from "../core/workbook";

/** The sample as a RawWorkbook. @throws when the bundled file does not match the schema. */
export function sampleWorkbook(): RawWorkbook {
  return RawWorkbookSchema.parse(sampleJson);
}
