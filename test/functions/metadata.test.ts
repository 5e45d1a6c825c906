import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "node:path";
import * as csc from "../../src/functions/functions";

const LISTED = [
  "WORKDAYS",
  "WORKDAY_DUE",
  "TIMELINESS",
  "UASC_QUOTA",
  "PCT_CHANGE",
  "RATE_PER_10K",
  "FINANCIAL_YEAR",
  "QUARTER",
  "RAG",
  "BENCHMARK",
];

interface Meta {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    options?: { volatile?: boolean };
    parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
  }[];
}

describe("custom-functions metadata (the JSDoc in functions.ts)", () => {
  let meta: Meta;
  let errors: string[];
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"));
    errors = result.errors;
    meta = JSON.parse(result.metadataJson) as Meta;
  }, 30000);

  it("has no errors (the CLI would exit 0 anyway)", () => {
    expect(errors).toEqual([]);
  });

  it("lists the functions, each described with a help URL and every parameter described", () => {
    expect(meta.functions.map((f) => f.name)).toEqual(LISTED);
    for (const f of meta.functions) {
      expect(f.description.length).toBeGreaterThan(20);
      // The function's own entry in help.html (the build rewrites the base to CSC_ADDIN_URL).
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#CSC.${f.name}`);
      for (const p of f.parameters) expect(p.description ?? "").not.toBe("");
    }
  });

  it.each<[string, string[], string[]]>([
    ["TIMELINESS", ["starts", "ends", "limit", "holidays"], ["limit", "holidays"]],
    ["UASC_QUOTA", ["population", "as_of", "rate"], ["as_of", "rate"]],
    ["RAG", ["value", "green", "amber", "higher_is_better"], ["higher_is_better"]],
    ["WORKDAY_DUE", ["start", "days", "holidays"], ["days", "holidays"]],
  ])("%s takes %j with %j optional", (name, params, optional) => {
    const f = meta.functions.find((x) => x.name === name);
    expect(f?.parameters.map((p) => p.name)).toEqual(params);
    expect(f?.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(optional);
  });

  it("marks UASC_QUOTA volatile, and only it (its default as_of is today)", () => {
    const volatile = meta.functions.filter((f) => f.options?.volatile === true).map((f) => `CSC.${f.name}`);
    expect(volatile).toEqual(["CSC.UASC_QUOTA"]);
    expect(meta.functions.find((f) => f.name === "UASC_QUOTA")?.description).toContain("Volatile");
  });

  it("exports exactly the listed functions", () => {
    expect(Object.keys(csc).sort()).toEqual(
      [
        "workdays",
        "workdayDue",
        "timeliness",
        "uascQuota",
        "pctChange",
        "ratePer10k",
        "financialYear",
        "quarter",
        "rag",
        "benchmark",
      ].sort(),
    );
  });

  it("has metadata for every exported function (so none is silently missing from Excel)", () => {
    const excelName = (k: string) => k.replace(/([a-z])([A-Z0-9])/g, "$1_$2").toUpperCase();
    expect(Object.keys(csc).map(excelName).sort()).toEqual(meta.functions.map((f) => f.id).sort());
  });
});
