/**
 * Static check: every member of an `Excel.*` class that src/excel uses is within the ExcelApi
 * version manifest.xml requires, or sits inside
 * `if (Office.context.requirements.isSetSupported("ExcelApi", "x.y"))` with x.y high enough.
 * The run-time tests (api-sets.test.ts) cover the paths the tests take; this covers every line.
 */
import * as path from "path";
import ts from "typescript";
import { compareVersions, parseVersion, requiredExcelApi, type Version } from "@csc/fake-excel";
import { manifestExcelApi } from "./harness";

const ROOT = path.join(__dirname, "../..");

interface Use {
  file: string;
  line: number;
  member: string;
  need: Version | null;
  guard: Version | undefined;
}

/** The ExcelApi version guarding `node`: the nearest enclosing `if (...isSetSupported("ExcelApi", "x.y"))` then-branch. */
function guardOf(node: ts.Node, sf: ts.SourceFile): Version | undefined {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isIfStatement(p) && p.thenStatement === n) {
      const m = /isSetSupported\(\s*"ExcelApi"\s*,\s*"([\d.]+)"\s*\)/.exec(p.expression.getText(sf));
      if (m?.[1]) return parseVersion(m[1]);
    }
  }
  return undefined;
}

/** The `Excel.X` class declaring the accessed member, if any. */
function excelClassOf(symbol: ts.Symbol | undefined): string | undefined {
  const decl = symbol?.declarations?.[0];
  const cls = decl?.parent;
  if (!cls || !ts.isClassDeclaration(cls) || !cls.name) return undefined;
  const ns = cls.parent?.parent;
  return ns && ts.isModuleDeclaration(ns) && ns.name.text === "Excel" ? cls.name.text : undefined;
}

function usesIn(files: string[]): Use[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["office-js"],
    typeRoots: [path.join(ROOT, "node_modules/@types")],
  });
  const checker = program.getTypeChecker();
  const out: Use[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!files.includes(path.resolve(sf.fileName))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const cls = excelClassOf(symbol);
        if (cls) {
          const parent = node.parent;
          const isWrite =
            ts.isBinaryExpression(parent) &&
            parent.left === node &&
            parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
          const need = requiredExcelApi(cls, node.name.text, isWrite ? "set" : "get");
          if (need !== undefined) {
            const line = sf.getLineAndCharacterOfPosition(node.name.getStart(sf)).line + 1;
            out.push({
              file: path.relative(ROOT, sf.fileName),
              line,
              member: `${cls}.${node.name.text}`,
              need,
              guard: guardOf(node, sf),
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe("src/excel stays within the manifest's ExcelApi set", () => {
  const files = ts.sys
    .readDirectory(path.join(ROOT, "src/excel"), [".ts"])
    .map((f) => path.resolve(f))
    .filter((f) => !f.endsWith(".d.ts"));
  const floor = parseVersion(manifestExcelApi());
  const uses = usesIn(files);

  it("finds the Excel members the adapter uses", () => {
    expect(floor).toBeDefined();
    const members = new Set(uses.map((u) => u.member));
    for (const m of ["Range.values", "ChartSeries.setXAxisValues", "Range.copyFrom", "WorksheetProtection.protected"])
      expect(members).toContain(m);
  });

  it("every use is at or below the minimum, or guarded by isSetSupported with a high enough version", () => {
    const bad = uses.filter((u) => {
      if (!floor) return true;
      if (u.need === null) return true; // another set (ExcelApiOnline...): never assumed
      if (compareVersions(u.need, floor) <= 0) return false;
      return !(u.guard && compareVersions(u.need, u.guard) <= 0);
    });
    expect(bad.map((u) => `${u.file}:${u.line} ${u.member} needs ${u.need?.join(".") ?? "another set"}`)).toEqual([]);
  });
});
