/**
 * Excel.DataValidation (ExcelApi 1.8): `range.dataValidation`'s rule, prompt (input message),
 * errorAlert, ignoreBlanks, the read-only type, and clear().
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation
 *
 * Modelled as Excel documents it:
 * - the rule is a DataValidationRule with exactly one of its seven criteria ("You can only
 *   use one of them at a time",
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationrule); `type`
 *   "is set indirectly when you set the rule property" (WholeNumber, Decimal, List ...);
 * - a basic or date/time rule has an operator and formula1, and formula2 for Between and
 *   NotBetween (https://learn.microsoft.com/en-us/javascript/api/excel/excel.basicdatavalidation);
 * - ignoreBlanks "Defaults to true"; the error alert's style "The default is Stop"
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationalertstyle);
 * - a range whose cells carry different validation reads as type "Inconsistent"
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationtype);
 * - a protected sheet refuses the change (model/protection.ts).
 * Stricter than Excel: setting a rule where one is already set is refused until clear()
 * (Microsoft's samples clear first: "it is a good practice to clear the dataValidation object");
 * a range that only partly overlaps an existing validation is refused rather than split;
 * prompt and alert titles over 32 characters and messages over 255 are refused (the most
 * Excel's Data Validation dialog takes). Not modelled: blocking typed input (the host has no
 * typing; the rules are there to be read back), `valid` and getInvalidCells.
 */
import { formatA1, rectsOverlap } from "../model/address";
import { FakeErrorCodes, invalidArgument, officeError } from "../model/errors";
import type { RangeTarget } from "../model/state";
import { assertSheetWritable } from "../model/protection";
import {
  defineProxyProperties,
  FakeClientObject,
  type PropTable,
  type ProxyContext,
  type ProxyHost,
} from "./client-object";
import { sheetDataValidations } from "../model/data-validation";
import type { DataValidationState, ErrorAlertState, PromptState } from "../model/state";

const CRITERIA: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

const ALERT_STYLES = ["Stop", "Warning", "Information"] as const;

const MAX_TITLE = 32;
const MAX_MESSAGE = 255;

const isFormula = (v: unknown): boolean => typeof v === "number" || (typeof v === "string" && v !== "");

/** Checks a DataValidationRule and returns its type. */
function checkRule(rule: unknown): string {
  if (typeof rule !== "object" || rule === null) throw invalidArgument("The data validation rule must be an object.");
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !keys[0] || !(keys[0] in CRITERIA)) {
    throw invalidArgument("A data validation rule takes exactly one of its criteria.");
  }
  const key = keys[0];
  const c = (rule as Record<string, unknown>)[key] as Record<string, unknown> | undefined;
  if (typeof c !== "object" || c === null) throw invalidArgument(`The ${key} criteria must be an object.`);
  if (key === "list") {
    if (!isFormula(c.source) && typeof c.source !== "object") throw invalidArgument("A list rule needs a source.");
  } else if (key === "custom") {
    if (typeof c.formula !== "string" || c.formula === "") throw invalidArgument("A custom rule needs a formula.");
  } else {
    if (typeof c.operator !== "string" || !OPERATORS.includes(c.operator)) {
      throw invalidArgument(`The ${key} rule's operator must be one of ${OPERATORS.join(", ")}.`);
    }
    if (!isFormula(c.formula1)) throw invalidArgument(`The ${key} rule needs formula1.`);
    if ((c.operator === "Between" || c.operator === "NotBetween") && !isFormula(c.formula2)) {
      throw invalidArgument(`The ${key} rule's ${c.operator} operator needs formula2.`);
    }
  }
  return CRITERIA[key] ?? "None";
}

function checkText(v: unknown, what: string, max: number): string {
  if (v === undefined) return "";
  if (typeof v !== "string") throw invalidArgument(`${what} must be a string.`);
  if (v.length > max) throw invalidArgument(`${what} is longer than ${max} characters.`);
  return v;
}

function checkBool(v: unknown, what: string, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (typeof v !== "boolean") throw invalidArgument(`${what} must be a boolean.`);
  return v;
}

const NONE = (): Omit<DataValidationState, "id" | "rect" | "deleted"> => ({
  rule: {},
  type: "None",
  prompt: { message: "", showPrompt: true, title: "" },
  errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
  ignoreBlanks: true,
});

/** What reading the range's validation gives: its one validation, none, or inconsistent. */
function readState(t: RangeTarget): Omit<DataValidationState, "id" | "rect" | "deleted"> {
  const over = sheetDataValidations(t.sheet).filter((d) => rectsOverlap(d.rect, t.rect));
  if (over.length === 0) return NONE();
  const [only] = over;
  const covers =
    only &&
    over.length === 1 &&
    only.rect.startRow <= t.rect.startRow &&
    only.rect.endRow >= t.rect.endRow &&
    only.rect.startCol <= t.rect.startCol &&
    only.rect.endCol >= t.rect.endCol;
  if (!covers) return { ...NONE(), type: "Inconsistent" };
  return only;
}

/** The validation exactly over `t`, made when nothing overlaps it; partial overlaps are refused. */
function ownValidation(wb: ProxyHost, t: RangeTarget): DataValidationState {
  assertSheetWritable(t.sheet);
  const over = sheetDataValidations(t.sheet).filter((d) => rectsOverlap(d.rect, t.rect));
  const same = over.find(
    (d) =>
      d.rect.startRow === t.rect.startRow &&
      d.rect.endRow === t.rect.endRow &&
      d.rect.startCol === t.rect.startCol &&
      d.rect.endCol === t.rect.endCol,
  );
  if (same && over.length === 1) return same;
  if (over.length > 0) {
    throw officeError(
      FakeErrorCodes.invalidOperation,
      `The fake host does not split the data validation of ${formatA1(over[0]?.rect ?? t.rect)}; clear it first.`,
    );
  }
  const d: DataValidationState = { id: wb.newId("dv"), rect: { ...t.rect }, ...NONE(), deleted: false };
  (t.sheet.dataValidations ??= []).push(d);
  return d;
}

function props(wb: ProxyHost): PropTable<RangeTarget> {
  return {
    type: { get: (t) => readState(t).type },
    rule: {
      get: (t) => structuredClone(readState(t).rule),
      set: (t, v) => {
        const type = checkRule(v);
        const d = ownValidation(wb, t);
        if (d.type !== "None") {
          throw officeError(
            FakeErrorCodes.invalidOperation,
            "The range already has a data validation rule; clear it first.",
          );
        }
        d.rule = structuredClone(v as Record<string, unknown>);
        d.type = type;
      },
    },
    prompt: {
      get: (t) => ({ ...readState(t).prompt }),
      set: (t, v) => {
        const p = (v ?? {}) as Record<string, unknown>;
        const next: PromptState = {
          message: checkText(p.message, "The prompt's message", MAX_MESSAGE),
          showPrompt: checkBool(p.showPrompt, "showPrompt", true),
          title: checkText(p.title, "The prompt's title", MAX_TITLE),
        };
        ownValidation(wb, t).prompt = next;
      },
    },
    errorAlert: {
      get: (t) => ({ ...readState(t).errorAlert }),
      set: (t, v) => {
        const a = (v ?? {}) as Record<string, unknown>;
        const style = a.style ?? "Stop";
        if (!(ALERT_STYLES as readonly unknown[]).includes(style)) {
          throw invalidArgument(`The alert style must be one of ${ALERT_STYLES.join(", ")}.`);
        }
        const next: ErrorAlertState = {
          message: checkText(a.message, "The alert's message", MAX_MESSAGE),
          showAlert: checkBool(a.showAlert, "showAlert", true),
          style: style as ErrorAlertState["style"],
          title: checkText(a.title, "The alert's title", MAX_TITLE),
        };
        ownValidation(wb, t).errorAlert = next;
      },
    },
    ignoreBlanks: {
      get: (t) => readState(t).ignoreBlanks,
      set: (t, v) => {
        ownValidation(wb, t).ignoreBlanks = checkBool(v, "ignoreBlanks", true);
      },
    },
  };
}

/** Excel.DataValidation of a range. */
export class FakeDataValidation
  extends FakeClientObject<RangeTarget>
  implements Pick<Excel.DataValidation, "type" | "ignoreBlanks" | "clear">
{
  declare readonly type: Excel.DataValidationType;
  declare rule: Excel.DataValidationRule;
  declare prompt: Excel.DataValidationPrompt;
  declare errorAlert: Excel.DataValidationErrorAlert;
  declare ignoreBlanks: boolean;
  protected readonly typeName = "DataValidation";
  protected readonly props: PropTable<RangeTarget>;

  constructor(context: ProxyContext, ref: FakeClientObject<RangeTarget>["ref"], path: string) {
    super(context, ref, path);
    this.props = props(context.host);
  }

  /** Removes the validation from the range's cells (validations wholly inside it). */
  clear(): void {
    this.enqueue(
      { call: "clear" },
      (t) => {
        assertSheetWritable(t.sheet);
        for (const d of sheetDataValidations(t.sheet)) {
          if (!rectsOverlap(d.rect, t.rect)) continue;
          const inside =
            d.rect.startRow >= t.rect.startRow &&
            d.rect.endRow <= t.rect.endRow &&
            d.rect.startCol >= t.rect.startCol &&
            d.rect.endCol <= t.rect.endCol;
          if (!inside) {
            throw officeError(
              FakeErrorCodes.invalidOperation,
              `The fake host does not split the data validation of ${formatA1(d.rect)}.`,
            );
          }
          d.deleted = true;
        }
      },
      "clear",
    );
  }
}
defineProxyProperties(FakeDataValidation, ["type", "rule", "prompt", "errorAlert", "ignoreBlanks"]);
