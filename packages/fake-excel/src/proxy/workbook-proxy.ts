/**
 * Excel.Workbook and Excel.Application proxies (`context.workbook`, `context.application`).
 */
import {
  defineProxyProperties,
  FakeClientObject,
  type Loadable,
  type PropTable,
  Ref,
  type ProxyContext,
  type ProxyHost,
} from "./client-object";
import { asEnum } from "./validate";
import { FakeNamedItemCollection } from "./names";
import { FakeWorkbookProtection } from "./protection";
import { FakeRange } from "./range";
import { FakeFunctions } from "./date-system";
import { FakeRangeAreas, throwIfInvalidSelection } from "./selection";
import { FakeSettingCollection } from "./settings";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";

/** Excel.Application: calculation mode and calculate(). */
export class FakeApplication extends FakeClientObject<ProxyHost> implements Pick<Excel.Application, "calculationMode"> {
  declare calculationMode: Excel.Application["calculationMode"];
  protected readonly typeName = "Application";
  protected readonly props: PropTable<ProxyHost> = {
    calculationMode: {
      get: (wb) => wb.calculationMode,
      set: (wb, v) =>
        (wb.calculationMode = asEnum(v, ["Automatic", "AutomaticExceptTables", "Manual"] as const, "calculationMode")),
    },
  };

  constructor(context: ProxyContext) {
    super(context, Ref.to(context.host), "application");
  }

  /**
   * Recalculates the open workbooks (ExcelApi 1.1): "Recalculate" the dirty cells, "Full" marks
   * every cell dirty first, "FullRebuild" also rebuilds the dependencies (Excel.CalculationType,
   * learn.microsoft.com/javascript/api/excel/excel.calculationtype). It runs in any calculation
   * mode, as Excel's own F9 and Ctrl+Alt+F9 do. The host records the call (`calculations`); its
   * formula evaluator recomputes every formula after a full one. A type that is not one of the
   * three is InvalidArgument, as Office.js's enum check.
   */
  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    const type = asEnum(calculationType, ["Recalculate", "Full", "FullRebuild"] as const, "calculationType");
    this.enqueue({ call: "calculate", args: [type] }, (wb) => wb.calculations.push(type), "calculate");
  }
}

defineProxyProperties(FakeApplication, ["calculationMode"]);

/** Excel.Workbook. */
export class FakeWorkbookObject extends FakeClientObject<ProxyHost> {
  declare readonly name: string;
  protected readonly typeName = "Workbook";
  protected readonly props: PropTable<ProxyHost> = { name: { get: () => "Book1.xlsx" } };
  /** All worksheets. */
  readonly worksheets: FakeWorksheetCollection;
  /** All tables in the workbook. */
  readonly tables: FakeTableCollection;
  /** Workbook-scoped names. */
  readonly names: FakeNamedItemCollection;
  /** The add-in's document settings. */
  readonly settings: FakeSettingCollection;
  /** The application. */
  readonly application: FakeApplication;
  /** Structure protection (ExcelApi 1.7). */
  readonly protection: FakeWorkbookProtection;

  constructor(context: ProxyContext) {
    super(context, Ref.to(context.host), "workbook");
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null, "workbook.tables");
    this.names = new FakeNamedItemCollection(context, null, "workbook.names");
    this.settings = new FakeSettingCollection(context);
    this.application = new FakeApplication(context);
    this.protection = new FakeWorkbookProtection(context);
  }

  protected override navChildren(): Record<string, Loadable> {
    return {
      worksheets: this.worksheets,
      tables: this.tables,
      names: this.names,
      settings: this.settings,
      application: this.application,
      protection: this.protection,
    };
  }

  /** The selected range (the user's selection, or what `range.select()` set). */
  getSelectedRange(): FakeRange {
    const wb = this.context.host;
    return FakeRange.lazy(
      this.context,
      () => {
        // Several areas or a chart selected: refused (selection.ts).
        throwIfInvalidSelection(wb, true, "Workbook.getSelectedRange");
        return wb.selection ? { sheet: wb.selection.sheet, rect: { ...wb.selection.rect } } : null;
      },
      "workbook.getSelectedRange()",
    );
  }

  /** Worksheet functions evaluated without a cell (ExcelApi 1.2): DATE only, see date-system.ts. */
  get functions(): FakeFunctions {
    return new FakeFunctions(this.context);
  }

  /** Every selected area (ExcelApi 1.9): see selection.ts. */
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.context);
  }
}

defineProxyProperties(FakeWorkbookObject, ["name"]);
