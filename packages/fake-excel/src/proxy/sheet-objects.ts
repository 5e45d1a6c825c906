/**
 * What an officer can put on a sheet besides cells, as Office.js shows it:
 * - shapes and text boxes: `Worksheet.shapes`, an `Excel.ShapeCollection` (ExcelApi 1.9;
 *   addTextBox, addGeometricShape, getItem, getCount; a Shape's id, name and delete()),
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.shapecollection and
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-shapes.
 *   Charts are not listed among them here (the page treats charts apart).
 * - threaded comments: `Worksheet.comments`, an `Excel.CommentCollection` (ExcelApi 1.10;
 *   add(cellAddress, content), a Comment's id, content, getLocation() and delete()),
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.commentcollection. The address
 *   must be one cell: "An InvalidArgument error is thrown if the provided range is larger than
 *   one cell."
 * - notes: `Worksheet.notes`, an `Excel.NoteCollection` (ExcelApi 1.18; add(cellAddress,
 *   content), a Note's content, getLocation() and delete()),
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection: "If the string
 *   is invalid, or the range is not a single cell, an InvalidCellAddress error is thrown"
 *   (InvalidArgument here). One note per cell, as Excel's UI allows.
 * Range.clear with "All" "clears everything in the range"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.clearapplyto): here that takes
 * the notes and comments of its cells (the stricter reading); "Contents" and "Formats" leave
 * them. Shapes float over the cells and no clear touches them.
 *
 * Not modelled: positions, text, fills and lines of shapes, images, groups, lines, replies,
 * authors, mentions; snapshots and saved workbooks do not carry these objects. The default
 * names ("TextBox 1", "Rectangle 2") follow Excel's UI; the API does not document them.
 */
import { formatA1, parseA1 } from "../model/address";
import { invalidArgument } from "../model/errors";
import { assertSheetWritable } from "../model/protection";
import { objectsOf, type CellObjectState, type ShapeState } from "../model/sheet-objects";
import type { SheetState } from "../model/state";
import { defineCollectionMembers, FakeCollection } from "./collection";
import { defineProxyProperties, FakeClientObject, type PropTable, type ProxyContext, Ref } from "./client-object";
import { FakeRange } from "./range";
import { asString } from "./validate";

const alive = (o: { deleted?: boolean }): boolean => !o.deleted;

/** The single cell `address` (a Range or "A1"/"Sheet!A1") names on `sheet`. */
function oneCell(sheet: SheetState, address: FakeRange | string, what: string): { row: number; col: number } {
  const rect =
    typeof address === "string"
      ? (() => {
          const a = parseA1(address);
          if (a.sheet !== undefined && a.sheet.toLowerCase() !== sheet.name.toLowerCase())
            throw invalidArgument(`The ${what} must be on this sheet.`);
          return a;
        })()
      : address.ref.resolve(`${what}.add`).rect;
  if (rect.startRow !== rect.endRow || rect.startCol !== rect.endCol)
    throw invalidArgument(`A ${what} goes on one cell.`);
  return { row: rect.startRow, col: rect.startCol };
}

const SHAPE_PROPS: PropTable<ShapeState> = {
  id: { get: (s) => s.id },
  name: { get: (s) => s.name, set: (s, v) => (s.name = asString(v, "name")) },
};

/** Excel.Shape: its id and name, and delete(). */
export class FakeShape extends FakeClientObject<ShapeState> {
  declare readonly id: string;
  declare name: string;
  protected readonly typeName = "Shape";
  protected readonly props = SHAPE_PROPS;

  constructor(
    context: ProxyContext,
    ref: Ref<ShapeState>,
    path: string,
    private readonly sheet: Ref<SheetState>,
  ) {
    super(context, ref, path);
  }

  /** Deletes the shape. */
  delete(): void {
    this.enqueue(
      { call: "delete" },
      (s) => {
        const sheet = this.sheet.resolve("Shape.delete");
        assertSheetWritable(sheet);
        s.deleted = true;
        const list = objectsOf(sheet).shapes;
        list.splice(list.indexOf(s), 1);
      },
      "delete",
    );
  }
}

/** Excel.ShapeCollection of one sheet. */
export class FakeShapeCollection extends FakeCollection<ShapeState, FakeShape> {
  declare getItem: (key: string) => FakeShape;
  declare getItemAt: (index: number) => FakeShape;

  constructor(
    context: ProxyContext,
    private readonly sheet: Ref<SheetState>,
    path: string,
  ) {
    super(
      context,
      {
        typeName: "ShapeCollection",
        list: () => objectsOf(sheet.resolve("Worksheet.shapes")).shapes,
        alive,
        wrap: (ref, p) => new FakeShape(context, ref, p, sheet),
        itemPath: (sh) => `${path}.getItem(${JSON.stringify(sh.id)})`,
        callPath: (method, arg) => `${path}.${method}(${JSON.stringify(arg)})`,
        // "Gets a shape using its name or ID."
        matches: (sh, key) => sh.id === key || sh.name === key,
      },
      path,
    );
  }

  private addShape(call: string, stem: string): FakeShape {
    const ref = new Ref<ShapeState>(() => null, alive);
    this.enqueue(
      { call },
      () => {
        const sheet = this.sheet.resolve(`ShapeCollection.${call}`);
        assertSheetWritable(sheet);
        const o = objectsOf(sheet);
        const n = o.next++;
        const shape: ShapeState = { id: `{shape-${n}}`, name: `${stem} ${n}` };
        o.shapes.push(shape);
        ref.bind(shape);
      },
      call,
    );
    return new FakeShape(this.context, ref, `${this.path}.${call}()`, this.sheet);
  }

  /** Adds a text box ("TextBox n"); its text is not modelled. */
  addTextBox(_text?: string): FakeShape {
    return this.addShape("addTextBox", "TextBox");
  }

  /** Adds a geometric shape named after its type ("Rectangle n"). */
  addGeometricShape(geometricShapeType: string): FakeShape {
    return this.addShape("addGeometricShape", asString(geometricShapeType, "geometricShapeType"));
  }
}

defineCollectionMembers(FakeShapeCollection, ["getItem", "getItemAt"]);

const CELL_OBJECT_PROPS: PropTable<CellObjectState> = {
  id: { get: (o) => o.id },
  content: { get: (o) => o.content, set: (o, v) => (o.content = asString(v, "content")) },
};

/** Excel.Comment or Excel.Note: content, getLocation(), delete(). */
export class FakeCellObject extends FakeClientObject<CellObjectState> {
  declare readonly id: string;
  declare content: string;
  protected readonly typeName: "Comment" | "Note";
  protected readonly props = CELL_OBJECT_PROPS;

  constructor(
    context: ProxyContext,
    ref: Ref<CellObjectState>,
    path: string,
    private readonly sheet: Ref<SheetState>,
    kind: "Comment" | "Note",
  ) {
    super(context, ref, path);
    this.typeName = kind;
  }

  /** The cell the comment or note is on. */
  getLocation(): FakeRange {
    return FakeRange.lazy(
      this.context,
      () => {
        const o = this.ref.resolve(`${this.typeName}.getLocation`);
        return {
          sheet: this.sheet.resolve(),
          rect: { startRow: o.row, startCol: o.col, endRow: o.row, endCol: o.col },
        };
      },
      `${this.path}.getLocation()`,
    );
  }

  /** Deletes the comment or note. */
  delete(): void {
    this.enqueue(
      { call: "delete" },
      (o) => {
        const sheet = this.sheet.resolve(`${this.typeName}.delete`);
        o.deleted = true;
        const list = this.typeName === "Comment" ? objectsOf(sheet).comments : objectsOf(sheet).notes;
        list.splice(list.indexOf(o), 1);
      },
      "delete",
    );
  }
}

/** Excel.CommentCollection or Excel.NoteCollection of one sheet. */
export class FakeCellObjectCollection extends FakeCollection<CellObjectState, FakeCellObject> {
  declare getItemAt: (index: number) => FakeCellObject;
  private readonly kind: "Comment" | "Note";

  constructor(
    context: ProxyContext,
    private readonly sheet: Ref<SheetState>,
    path: string,
    kind: "Comment" | "Note",
  ) {
    const list = (s: SheetState) => (kind === "Comment" ? objectsOf(s).comments : objectsOf(s).notes);
    super(
      context,
      {
        typeName: kind === "Comment" ? "CommentCollection" : "NoteCollection",
        list: () => list(sheet.resolve(`Worksheet.${kind.toLowerCase()}s`)),
        alive,
        wrap: (ref, p) => new FakeCellObject(context, ref, p, sheet, kind),
        itemPath: (o) => `${path}.getItem(${o.id})`,
        callPath: (method, arg) => `${path}.${method}(${JSON.stringify(arg)})`,
      },
      path,
    );
    this.kind = kind;
  }

  /** Adds a comment or note with `content` on one cell (a second note on a cell is refused). */
  add(cellAddress: FakeRange | string, content: string): FakeCellObject {
    const ref = new Ref<CellObjectState>(() => null, alive);
    this.enqueue(
      { call: "add", args: [typeof cellAddress === "string" ? cellAddress : "<range>", content] },
      () => {
        const sheet = this.sheet.resolve(`${this.typeName}.add`);
        const { row, col } = oneCell(sheet, cellAddress, this.kind.toLowerCase());
        const o = objectsOf(sheet);
        const list = this.kind === "Comment" ? o.comments : o.notes;
        if (list.some((x) => x.row === row && x.col === col))
          throw invalidArgument(
            `The cell ${formatA1({ startRow: row, startCol: col, endRow: row, endCol: col })} already has one.`,
          );
        const item: CellObjectState = {
          id: `{${this.kind.toLowerCase()}-${o.next++}}`,
          row,
          col,
          content: asString(content, "content"),
        };
        list.push(item);
        ref.bind(item);
      },
      "add",
    );
    return new FakeCellObject(this.context, ref, `${this.path}.add()`, this.sheet, this.kind);
  }
}

defineCollectionMembers(FakeCellObjectCollection, ["getItemAt"]);
defineProxyProperties(FakeShape, Object.keys(SHAPE_PROPS));
defineProxyProperties(FakeCellObject, Object.keys(CELL_OBJECT_PROPS));
