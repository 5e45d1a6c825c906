/**
 * Installs the fake host as the globals Office.js code uses: `Excel.run`, the Excel
 * enums, `OfficeExtension.Error`, and a minimal `Office` (onReady, document settings,
 * requirement sets), so src/excel code runs unmodified under Jest and in the preview.
 */
import { isSetSupported } from "./api-sets";
import { excelRun } from "./run";
import * as enums from "../proxy/enums";
import { FakeErrorCodes, FakeOfficeError } from "../model/errors";
import { FakeClientResult } from "../proxy/client-object";
import { jsonCopy } from "../proxy/settings";
import type { FakeWorkbook } from "./workbook";

/** Office.AsyncResult-like object handed to saveAsync callbacks. */
interface FakeAsyncResult {
  status: "succeeded";
  value: undefined;
}

/**
 * The platforms a test or the preview can emulate: Office.PlatformType's values for Office on
 * the web, on Windows and on Mac (learn.microsoft.com/javascript/api/office/office.platformtype).
 */
export type FakePlatform = "OfficeOnline" | "PC" | "Mac";

/** The `Office` subset installed by {@link installGlobalExcel}. */
export interface FakeOfficeGlobal {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  HostType: { Excel: "Excel" };
  PlatformType: {
    PC: "PC";
    OfficeOnline: "OfficeOnline";
    Mac: "Mac";
    iOS: "iOS";
    Android: "Android";
    Universal: "Universal";
  };
  context: {
    /**
     * Office.context.platform and Office.context.diagnostics.platform report where Office runs
     * (learn.microsoft.com/javascript/api/office/office.context#office-office-context-platform-member,
     * learn.microsoft.com/javascript/api/office/office.contextinformation).
     */
    platform: FakePlatform;
    diagnostics: { host: "Excel"; platform: FakePlatform; version: string };
    document: {
      settings: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        remove(name: string): void;
        saveAsync(options?: unknown, callback?: (r: FakeAsyncResult) => void): void;
      };
    };
    requirements: { isSetSupported(name: string, version?: string): boolean };
    /**
     * Office.context.officeTheme: the Office theme's colours and whether it is dark (Excel on
     * the web, Windows, Mac and iOS: https://learn.microsoft.com/javascript/api/office/office.officetheme).
     * Present only when the caller gives a theme: Microsoft does not document the colours each
     * theme reports, so the host reports what it is given rather than inventing them, and an
     * add-in run without one must cope with the property missing.
     */
    officeTheme?: FakeOfficeTheme;
  };
}

/** The members of Office.OfficeTheme the host reports. */
export interface FakeOfficeTheme {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  readonly isDarkTheme: boolean;
  readonly themeId: "Colorful" | "DarkGray" | "Black" | "White";
}

/** Builds the `Office` global over a workbook, reporting `platform` (Office on the web by default). */
export function createOfficeGlobal(
  workbook: FakeWorkbook,
  platform: FakePlatform = "OfficeOnline",
  officeTheme?: FakeOfficeTheme,
): FakeOfficeGlobal {
  const info = { host: "Excel", platform };
  return {
    onReady: (callback) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    context: {
      platform,
      diagnostics: { host: "Excel", platform, version: "16.0" },
      document: {
        settings: {
          get: (name) => (workbook.settings.has(name) ? jsonCopy(workbook.settings.get(name)) : null),
          set: (name, value) => void workbook.settings.set(name, jsonCopy(value)),
          remove: (name) => void workbook.settings.delete(name),
          saveAsync: (options, callback) => {
            const cb = typeof options === "function" ? (options as (r: FakeAsyncResult) => void) : callback;
            cb?.({ status: "succeeded", value: undefined });
          },
        },
      },
      // Requirement sets: every set, or ExcelApi up to the emulated version (api-sets.ts).
      requirements: { isSetSupported: (name, version) => isSetSupported(workbook, name, version) },
      ...(officeTheme ? { officeTheme: { ...officeTheme } } : {}),
    },
  };
}

/**
 * Sets `globalThis.Excel`, `globalThis.OfficeExtension` and `globalThis.Office` to the
 * fake host over `workbook`. Returns a function restoring the previous globals.
 * `Excel.run` accepts `run(batch)` and `run(objectOrOptions, batch)`.
 */
export function installGlobalExcel(
  workbook: FakeWorkbook,
  options: { office?: boolean; platform?: FakePlatform; officeTheme?: FakeOfficeTheme } = {},
): () => void {
  const run = excelRun(workbook);
  const excel = {
    ...enums,
    run: <T>(a: unknown, b?: unknown): Promise<T> => {
      const batch = (typeof a === "function" ? a : b) as (ctx: Excel.RequestContext) => Promise<T>;
      if (typeof batch !== "function")
        return Promise.reject(new FakeOfficeError(FakeErrorCodes.invalidArgument, "Excel.run needs a batch function."));
      return run(batch);
    },
  };
  const officeExtension = {
    Error: FakeOfficeError,
    ErrorCodes: {
      ...FakeErrorCodes,
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      propertyNotLoaded: "PropertyNotLoaded",
      valueNotLoaded: "ValueNotLoaded",
    },
    ClientResult: FakeClientResult,
  };
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = { Excel: g.Excel, OfficeExtension: g.OfficeExtension, Office: g.Office };
  g.Excel = excel;
  g.OfficeExtension = officeExtension;
  if (options.office !== false) g.Office = createOfficeGlobal(workbook, options.platform, options.officeTheme);
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  };
}
