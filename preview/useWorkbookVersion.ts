/**
 * Re-renders the grid when the in-memory workbook changes. The fake host has no change
 * event, so we watch its sync counter (every write the add-in makes goes through a sync)
 * every 200 ms, and the preview bumps the version itself after its own direct edits
 * (a click that selects a cell, a sheet tab).
 */
import { useCallback, useEffect, useState } from "react";
import type { FakeWorkbook } from "@csc/fake-excel";

/** Returns a version number that changes after each sync, and a function to bump it. */
export function useWorkbookVersion(wb: FakeWorkbook): { version: number; bump: () => void } {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let seen = wb.stats.syncs;
    const timer = setInterval(() => {
      if (wb.stats.syncs !== seen) {
        seen = wb.stats.syncs;
        setVersion((v) => v + 1);
      }
    }, 200);
    return () => clearInterval(timer);
  }, [wb]);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  return { version, bump };
}
