/**
 * Excel.RangeBorderCollection and Excel.RangeBorder (ExcelApi 1.1): `range.format.borders`,
 * `getItem(Excel.BorderIndex...)`, and each border's `style`, `weight` and `color`
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangebordercollection,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeborder).
 *
 * Borders are stored on the cells, one line per edge (model/cells.ts `borderTop`...). A range's
 * `EdgeTop` is the top edge of its first row's cells, `EdgeBottom` the bottom edge of its last
 * row's, and so on; `InsideHorizontal` is the edges between its rows and `InsideVertical` the
 * edges between its columns (Excel.BorderIndex,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.borderindex). A property of a
 * border whose cells differ reads null, as every RangeFormat property does
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat).
 *
 * Stricter than Excel: a style or weight outside Excel.BorderLineStyle
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.borderlinestyle) or
 * Excel.BorderWeight (https://learn.microsoft.com/en-us/javascript/api/excel/excel.borderweight)
 * is InvalidArgument at sync; the diagonal borders are not modelled and are InvalidArgument too.
 * Two neighbouring cells keep their own edges (Excel shows the line between them either way).
 */
import { parseCellKey, type RangeTarget, type SheetState } from "../model/state";
import { type BorderKey, type BorderLine, normalizeColor } from "../model/cells";
import { BorderIndex, BorderLineStyle, BorderWeight } from "./enums";
import { invalidArgument } from "../model/errors";
import { assertSheetWritable } from "../model/protection";
import {
  defineProxyProperties,
  FakeClientObject,
  type PropTable,
  Ref,
  type ProxyContext,
  type ProxyHost,
} from "./client-object";
import { asEnum } from "./validate";

/** What an edge reads when nothing is set: no line, thin, black (automatic). */
const LINE_DEFAULTS: Required<BorderLine> = { style: "None", weight: "Thin", color: "#000000" };

/** A rectangle of cells and which of their edges one border side covers. */
interface EdgePart {
  readonly startRow: number;
  readonly endRow: number;
  readonly startCol: number;
  readonly endCol: number;
  readonly key: BorderKey;
}

const SIDES = Object.values(BorderIndex).filter((s) => s !== "DiagonalDown" && s !== "DiagonalUp");

/** The cells' edges that border `side` of the range means (none for the inside of one row or column). */
function edgeParts(t: RangeTarget, side: string): EdgePart[] {
  const { startRow, endRow, startCol, endCol } = t.rect;
  const rect = { startRow, endRow, startCol, endCol };
  switch (side) {
    case "EdgeTop":
      return [{ ...rect, endRow: startRow, key: "borderTop" }];
    case "EdgeBottom":
      return [{ ...rect, startRow: endRow, key: "borderBottom" }];
    case "EdgeLeft":
      return [{ ...rect, endCol: startCol, key: "borderLeft" }];
    case "EdgeRight":
      return [{ ...rect, startCol: endCol, key: "borderRight" }];
    case "InsideHorizontal":
      return startRow === endRow
        ? []
        : [
            { ...rect, endRow: endRow - 1, key: "borderBottom" },
            { ...rect, startRow: startRow + 1, key: "borderTop" },
          ];
    case "InsideVertical":
      return startCol === endCol
        ? []
        : [
            { ...rect, endCol: endCol - 1, key: "borderRight" },
            { ...rect, startCol: startCol + 1, key: "borderLeft" },
          ];
    default:
      throw invalidArgument(`The border index must be one of ${SIDES.join(", ")} (the diagonals are not modelled).`);
  }
}

/** The common value of `field` over the edges of `side`, or null when they differ. Sparse: visits stored cells only. */
function readSide(sheet: SheetState, parts: EdgePart[], field: keyof BorderLine): string | null {
  let seen: string | undefined;
  const see = (v: string): boolean => {
    if (seen === undefined) seen = v;
    return seen === v;
  };
  for (const p of parts) {
    let stored = 0;
    for (const [k, cell] of sheet.cells) {
      const { row, col } = parseCellKey(k);
      if (row < p.startRow || row > p.endRow || col < p.startCol || col > p.endCol) continue;
      stored++;
      if (!see(cell.format?.[p.key]?.[field] ?? LINE_DEFAULTS[field])) return null;
    }
    const count = (p.endRow - p.startRow + 1) * (p.endCol - p.startCol + 1);
    if (stored < count && !see(LINE_DEFAULTS[field])) return null;
  }
  return seen ?? LINE_DEFAULTS[field];
}

/** Sets `field` of every edge of `side`, storing only what differs from the defaults. */
function writeSide(wb: ProxyHost, t: RangeTarget, side: string, field: keyof BorderLine, value: string): void {
  const parts = edgeParts(t, side);
  assertSheetWritable(t.sheet);
  for (const p of parts) {
    for (let r = p.startRow; r <= p.endRow; r++) {
      for (let c = p.startCol; c <= p.endCol; c++) {
        const line: BorderLine = { ...(wb.cell(t.sheet, r, c)?.format?.[p.key] ?? {}), [field]: value };
        if (line[field] === LINE_DEFAULTS[field]) delete line[field];
        wb.setCellFormat(t.sheet, r, c, p.key, Object.keys(line).length ? line : undefined);
      }
    }
  }
}

/** Excel.RangeBorderCollection: the borders of a range, by side. */
export class FakeRangeBorderCollection extends FakeClientObject<RangeTarget> {
  protected readonly typeName = "RangeBorderCollection";
  protected readonly props: PropTable<RangeTarget> = {};

  /** The border of `index`'s side; an unknown side fails at sync, when the border is used. */
  getItem(index: Excel.BorderIndex | string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, this.ref, `${this.path}.getItem(${JSON.stringify(index)})`, index);
  }
}

/** Excel.RangeBorder: the line of one side of a range. */
export class FakeRangeBorder
  extends FakeClientObject<RangeTarget>
  implements Pick<Excel.RangeBorder, "sideIndex" | "style" | "weight" | "color">
{
  declare readonly sideIndex: Excel.RangeBorder["sideIndex"];
  declare style: Excel.RangeBorder["style"];
  declare weight: Excel.RangeBorder["weight"];
  declare color: string;
  protected readonly typeName = "RangeBorder";
  protected readonly props: PropTable<RangeTarget>;

  constructor(context: ProxyContext, ref: Ref<RangeTarget>, path: string, side: string) {
    super(context, ref, path);
    const wb = context.host;
    const read = (field: keyof BorderLine) => (t: RangeTarget) => readSide(t.sheet, edgeParts(t, side), field);
    this.props = {
      sideIndex: {
        get: (t) => {
          edgeParts(t, side); // an unknown side fails here too
          return side;
        },
      },
      style: {
        get: read("style"),
        set: (t, v) => writeSide(wb, t, side, "style", asEnum(v, Object.values(BorderLineStyle), "Border style")),
      },
      weight: {
        get: read("weight"),
        set: (t, v) => writeSide(wb, t, side, "weight", asEnum(v, Object.values(BorderWeight), "Border weight")),
      },
      color: { get: read("color"), set: (t, v) => writeSide(wb, t, side, "color", normalizeColor(v)) },
    };
  }
}

defineProxyProperties(FakeRangeBorder, ["sideIndex", "style", "weight", "color"]);
