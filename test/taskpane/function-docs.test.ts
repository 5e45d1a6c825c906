import { CSC_FUNCTIONS } from "../../src/functions/catalogue";
import { FUNCTION_DOCS } from "../../src/taskpane/function-docs";

describe("function docs", () => {
  it("lists every function of the list, in its order", () => {
    expect(FUNCTION_DOCS.map((d) => d.name)).toEqual(CSC_FUNCTIONS.map((f) => f.name));
  });

  it("writes signatures as Excel's formula help does, optional arguments in brackets", () => {
    const doc = (name: string) => FUNCTION_DOCS.find((d) => d.name === name)?.signature;
    expect(doc("CSC.WORKDAYS")).toBe("CSC.WORKDAYS(start, end, [holidays])");
    expect(doc("CSC.PCT_CHANGE")).toBe("CSC.PCT_CHANGE(old_value, new_value)");
    expect(doc("CSC.RAG")).toBe("CSC.RAG(value, green, amber, [higher_is_better])");
  });
});
