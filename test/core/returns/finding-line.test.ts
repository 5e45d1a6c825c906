/** How a finding reads in the CLI's text and the pane: who, where, then DfE's message. */
import { findingLine, findingPlace } from "../../../src/core/returns/common/rules";
import type { ReturnFinding } from "../../../src/core/returns/types";

const finding = (child: string, where: ReturnFinding["where"]): ReturnFinding => ({
  code: "100",
  kind: "cin",
  severity: "error",
  child,
  where,
  fields: ["ReferenceDate"],
  values: {},
  message: "Reference Date is incorrect",
});

describe("a finding's place", () => {
  it.each([
    [finding("C1", { file: "episodes.csv", row: 5, column: "DEC" }), "child C1, episodes.csv row 5 (DEC)"],
    // The census header's rule is about the file, not a child: no empty "child ," before it.
    [
      finding("", { file: "cin.xml", line: 6, element: "Header/CollectionDetails/ReferenceDate" }),
      "cin.xml line 6 (Header/CollectionDetails/ReferenceDate)",
    ],
  ])("%#: %s", (f, place) => {
    expect(findingPlace(f)).toBe(place);
    expect(findingLine(f)).toBe(`error 100   ${place}: Reference Date is incorrect`);
  });
});
