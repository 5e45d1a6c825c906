import { FUNCTION_EXAMPLES } from "../../src/functions/examples";
import { functionDocs, parseFunctionsJson } from "../../src/taskpane/function-docs";

describe("function docs", () => {
  it("joins functions.json metadata to the examples by name", () => {
    const meta = parseFunctionsJson({
      functions: [
        {
          id: "WORKDAYS",
          name: "WORKDAYS",
          description: "Working days elapsed.",
          parameters: [
            { name: "start", description: "Start date." },
            { name: "end", description: "End date." },
            { name: "holidays", description: "Holidays.", optional: true },
          ],
        },
      ],
    });
    const docs = functionDocs(meta);
    expect(docs).toHaveLength(FUNCTION_EXAMPLES.length);
    const w = docs.find((d) => d.name === "CSC.WORKDAYS");
    expect(w?.signature).toBe("CSC.WORKDAYS(start, end, [holidays])");
    expect(w?.description).toBe("Working days elapsed.");
  });

  it.each([[null], [{}], [{ functions: "x" }], [{ functions: [1, { description: "no name" }] }]])(
    "ignores malformed metadata %j",
    (json) => {
      expect(parseFunctionsJson(json)).toEqual([]);
    },
  );

  it("falls back to the examples' own text without metadata", () => {
    const docs = functionDocs([]);
    docs.forEach((d, i) => {
      expect(d.description).toBe(FUNCTION_EXAMPLES[i]?.explanation);
      expect(d.signature).toBe(FUNCTION_EXAMPLES[i]?.name);
    });
  });
});
