/**
 * A1 helpers for the workbook rules, as thin names over the one address module
 * (src/core/base/address.ts): `a1(row, col)` is the cell an issue names.
 */
import { formatCell, parseCell } from "../base";

export { columnLetters } from "../base";

/** The A1 address of a zero-based row and column: (13, 2) -> "C14". */
export function a1(row: number, col: number): string {
  return formatCell({ row: Math.floor(row), col: Math.floor(col) });
}

/** Zero-based row and column of a relative A1 address ("C14" -> {row: 13, col: 2}), or undefined. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  return /^[A-Z]{1,3}[1-9]\d*$/.test(address) ? parseCell(address) : undefined;
}
