/**
 * The council the officer chose to compare as, for a Settings name that is not one of DfE's.
 * Kept for the session (a module variable: the shared runtime lives as long as the workbook is
 * open, learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime)
 * and in the add-in's document settings, so the next session starts with it; never in a cell.
 */
import { useEffect, useState } from "react";
import type { CompareAs } from "../../core/benchmarks";
import { forgetCompareAs, readCompareAs, saveCompareAs } from "../../excel";

let session: CompareAs | undefined;

/** The choice, and a way to make it. */
export function useCompareAs(): {
  readonly compareAs?: CompareAs;
  readonly choose: (c: CompareAs) => void;
  readonly forget: () => void;
} {
  const [compareAs, setCompareAs] = useState<CompareAs | undefined>(session);
  useEffect(() => {
    if (session) return;
    let live = true;
    readCompareAs()
      .then((stored) => {
        if (live && stored && !session) setCompareAs((session = stored));
      })
      .catch(() => undefined); // Without the stored choice the pane asks again.
    return () => {
      live = false;
    };
  }, []);
  const choose = (c: CompareAs) => {
    session = c;
    setCompareAs(c);
    // Kept with the workbook when it can be; the session keeps it either way.
    saveCompareAs(c).catch(() => undefined);
  };
  const forget = () => {
    session = undefined;
    setCompareAs(undefined);
    forgetCompareAs().catch(() => undefined);
  };
  return { ...(compareAs ? { compareAs } : {}), choose, forget };
}
