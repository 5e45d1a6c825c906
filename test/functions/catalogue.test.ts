/**
 * The one list of the CSC functions (src/functions/catalogue.ts) against what Excel and the
 * formula engine of the tests and the preview are given: the functions.json that
 * custom-functions-metadata makes from functions.ts's JSDoc, the exports of functions.ts, and
 * the HyperFormula plugin's declarations. Then every example gives the result the list states,
 * on the preview's "Functions demo" sheet.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "node:path";
import { CSC_FUNCTIONS } from "../../src/functions/catalogue";
import * as csc from "../../src/functions/functions";
import { createEvaluator } from "../../support/formulas";
import { DEMO_SHEET } from "../../support/functions-demo";
import { CscPlugin } from "../../support/hyperformula-plugin";
import { loadWorkbook } from "../../support/sample-workbook";

interface Meta {
  functions: {
    id: string;
    name: string;
    description: string;
    options?: { volatile?: boolean };
    parameters: { name: string; description?: string; optional?: boolean }[];
  }[];
}

let meta: Meta;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  meta = JSON.parse(result.metadataJson) as Meta;
}, 30000);

describe("the list of CSC functions", () => {
  it("names every function of functions.json, in its order, and nothing else", () => {
    expect(CSC_FUNCTIONS.map((f) => f.name)).toEqual(meta.functions.map((f) => `CSC.${f.name}`));
  });

  it("names every export of functions.ts as an implementation, once", () => {
    expect(CSC_FUNCTIONS.map((f) => f.implementation).sort()).toEqual(Object.keys(csc).sort());
  });

  it.each(CSC_FUNCTIONS.map((f) => [f.name, f] as const))(
    "%s: description, parameters and volatility as in functions.json",
    (name, f) => {
      const m = meta.functions.find((x) => `CSC.${x.name}` === name);
      expect(m).toBeDefined();
      expect(f.description).toBe(m?.description);
      expect(f.parameters).toEqual(
        m?.parameters.map((p) => ({ name: p.name, description: p.description, optional: p.optional === true })),
      );
      expect(f.volatile).toBe(m?.options?.volatile === true);
    },
  );

  it.each(CSC_FUNCTIONS.map((f) => [f.name, f] as const))(
    "%s: registered in the HyperFormula plugin with the same parameters",
    (name, f) => {
      const declared = CscPlugin.implementedFunctions[name];
      expect(declared).toBeDefined();
      expect(declared?.method).toBe(f.implementation);
      expect(typeof (CscPlugin.prototype as unknown as Record<string, unknown>)[f.implementation]).toBe("function");
      expect(declared?.parameters?.map((p) => p.optionalArg === true)).toEqual(f.parameters.map((p) => p.optional));
      expect(declared?.isVolatile === true).toBe(f.volatile);
    },
  );

  it("is all the plugin registers", () => {
    expect(Object.keys(CscPlugin.implementedFunctions).sort()).toEqual(CSC_FUNCTIONS.map((f) => f.name).sort());
  });

  it.each(CSC_FUNCTIONS.map((f, i) => [f.name, f, i] as const))(
    "%s: the example is a call of the function and gives the stated result on the demo sheet",
    (name, f, i) => {
      expect(f.example.formula.startsWith(`=${name}(`)).toBe(true);
      const wb = loadWorkbook("sample");
      wb.evaluate = createEvaluator(wb);
      const got = wb.getValues(DEMO_SHEET, `G${i + 2}`)[0]?.[0];
      if (typeof f.example.result === "number") expect(got).toBeCloseTo(f.example.result, 2);
      else expect(got).toBe(f.example.result);
    },
  );
});
