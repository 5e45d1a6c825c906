/**
 * An incremental RFC 4180 CSV tokenizer for the returns' tables: fed text in chunks split
 * anywhere (inside a quoted field, between CR and LF, in the middle of a doubled quote), it
 * hands each complete row to a callback, so memory holds one row, never the file. Fields in
 * double quotes may hold commas, line breaks and doubled quotes; rows end in CRLF, LF or CR;
 * a UTF-8 byte-order mark before the first field is dropped (Excel's "CSV UTF-8" writes one).
 * Source: RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files".
 */

/** Receives one row: its fields and its 1-based line in the file (where the row began). */
export type CsvRowHandler = (fields: string[], line: number) => void;

/** A CSV tokenizer: `push` chunks, then `end` once. */
export class CsvTokenizer {
  private row: string[] = [];
  private field = "";
  /** Inside a quoted field. */
  private quoted = false;
  /** The last character was a quote inside a quoted field (closing, or the first of a doubled pair). */
  private quotePending = false;
  /** The last character was a CR (an LF next belongs to the same line end). */
  private afterCr = false;
  private started = false;
  private line = 1;
  private rowLine = 1;
  /** The current row has any content (a field, a separator or a quote), so a blank line is no row. */
  private rowHasContent = false;

  constructor(private readonly onRow: CsvRowHandler) {}

  /** Feeds the next chunk of text. */
  push(chunk: string): void {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.afterCr) {
        this.afterCr = false;
        if (c === 10) {
          start = i + 1;
          continue;
        }
      }
      if (this.quoted) {
        if (this.quotePending) {
          this.quotePending = false;
          if (c === 34) {
            // A doubled quote: one quote in the field; the scan goes on inside the quotes.
            this.field += '"';
            start = i + 1;
            continue;
          }
          this.quoted = false; // the pending quote closed the field; this character is outside
        } else {
          if (c === 34) {
            this.field += text.slice(start, i);
            this.quotePending = true;
            start = i + 1;
          } else if (c === 10) this.line++;
          else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.line++;
          continue;
        }
      }
      if (c === 44) {
        this.field += text.slice(start, i);
        this.row.push(this.field);
        this.field = "";
        this.rowHasContent = true;
        start = i + 1;
      } else if (c === 10 || c === 13) {
        this.field += text.slice(start, i);
        this.endRow();
        this.line++;
        this.rowLine = this.line;
        if (c === 13) this.afterCr = true;
        start = i + 1;
      } else if (c === 34 && this.field === "" && start === i) {
        this.quoted = true;
        this.rowHasContent = true;
        start = i + 1;
      } else if (!this.rowHasContent) this.rowHasContent = true;
    }
    if (start < n) this.field += text.slice(start);
  }

  /** Ends the input: a last row without a line end is handed over. */
  end(): void {
    if (this.quotePending) {
      this.quotePending = false;
      this.quoted = false;
    }
    this.endRow();
  }

  private endRow(): void {
    if (this.rowHasContent || this.field !== "") {
      this.row.push(this.field);
      this.onRow(this.row, this.rowLine);
    }
    this.row = [];
    this.field = "";
    this.rowHasContent = false;
  }
}

/** All the rows of a whole text (for tests and small inputs). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  const t = new CsvTokenizer((r) => rows.push(r));
  t.push(text);
  t.end();
  return rows;
}
