/**
 * Requirement sets: the host can emulate an Excel that supports ExcelApi only up to a version
 * (the one the manifest requires, in the add-in's tests). Then every Office.js member above it
 * is refused when called, read or written, and `Office.context.requirements.isSetSupported`
 * answers from the same version.
 *
 * What Excel does, and where it is documented:
 * - https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 *   and https://learn.microsoft.com/en-us/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements:
 *   each member belongs to one ExcelApi version; an add-in may call members above the
 *   version its manifest requires only after checking `isSetSupported`.
 * - Office.js itself (the @microsoft/office-js package, dist/excel-web-16.00.debug.js): every
 *   member above ExcelApi 1.1 starts with `_throwIfApiNotSupported("Range.getImage", "ExcelApi",
 *   "1.7", host)`, which throws synchronously, at the call, an error with code "ApiNotFound"
 *   (`OfficeExtension.ErrorCodes.apiNotFound`), the message of L_ApiNotFoundDetails (in
 *   dist/en-us/office_strings.js) and `debugInfo.errorLocation` the member's name.
 *
 * Each member's version comes from the `[Api set: ...]` notes of @types/office-js, generated
 * into excel-api-sets.generated.ts by scripts/excel-api-sets.ts. A member whose note names
 * another set (ExcelApiOnline, ExcelApiDesktop, a preview) is refused whenever a version is
 * emulated: stricter than Excel on the platforms that have those sets.
 */
import { FakeOfficeError } from "../model/errors";
import { EXCEL_API_SETS } from "./excel-api-sets.generated";
import type { FakeWorkbook } from "./workbook";

/** [major, minor] of "1.10". */
export type Version = readonly [number, number];

/** Parses "1.10" (or "ExcelApi 1.10") into [1, 10]; undefined if it is not a version. */
export function parseVersion(text: string): Version | undefined {
  const m = /^(?:ExcelApi )?(\d+)\.(\d+)$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** How a member is used: read or called (one version), or written (maybe a later one). */
export type MemberAccess = "get" | "set";

/**
 * The ExcelApi version a use of `Class.member` needs, from its note: the first version named,
 * or for a write the one the note gives "for set"/"for setting" ("ExcelApi 1.1 for reading
 * visibility; 1.2 for setting it."). `null` for a member of another set; undefined when the
 * typings give the member no note (inherited members such as `load`, `isNullObject`).
 */
export function requiredExcelApi(cls: string, member: string, access: MemberAccess): Version | null | undefined {
  const note = EXCEL_API_SETS[cls]?.[member];
  if (note === undefined) return undefined;
  const first = /^ExcelApi (\d+)\.(\d+)\b/.exec(note);
  if (!first) return null;
  if (access === "set") {
    const set = /(\d+)\.(\d+) for set/.exec(note);
    if (set) return [Number(set[1]), Number(set[2])];
  }
  return [Number(first[1]), Number(first[2])];
}

const EMULATED = new WeakMap<FakeWorkbook, Version>();

/**
 * Makes the host over `workbook` behave as an Excel supporting ExcelApi up to `version`
 * ("1.7"); `undefined` supports every set again (the default, used by the host's own tests).
 */
export function emulateExcelApi(workbook: FakeWorkbook, version: string | undefined): void {
  if (version === undefined) {
    EMULATED.delete(workbook);
    return;
  }
  const v = parseVersion(version);
  if (!v) throw new RangeError(`"${version}" is not an ExcelApi version`);
  EMULATED.set(workbook, v);
}

/** The emulated ExcelApi version, or undefined when every set is supported. */
export function emulatedExcelApi(workbook: FakeWorkbook): Version | undefined {
  return EMULATED.get(workbook);
}

/**
 * `Office.context.requirements.isSetSupported(name, version)` over the host: ExcelApi up to
 * the emulated version; other Excel sets (ExcelApiOnline, ExcelApiDesktop) not at all while a
 * version is emulated; any other set (SharedRuntime...) yes.
 */
export function isSetSupported(workbook: FakeWorkbook, name: string, version?: string): boolean {
  const emulated = EMULATED.get(workbook);
  if (!emulated) return true;
  if (name === "ExcelApi") {
    const wanted = parseVersion(version ?? "1.1");
    return wanted !== undefined && compareVersions(wanted, emulated) <= 0;
  }
  return !name.startsWith("ExcelApi");
}

/** The error Office.js throws for a member above the supported set. */
export function apiNotFound(member: string, setName: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The method or property ${member} is part of the ${setName} requirement set, which is not available in your version of Excel.`,
    member,
  );
}

/** Throws ApiNotFound when `Class.member` used this way is above `emulated`. */
export function checkMember(cls: string, member: string, access: MemberAccess, emulated: Version): void {
  const need = requiredExcelApi(cls, member, access);
  if (need === undefined) return;
  if (need === null) throw apiNotFound(`${cls}.${member}`, EXCEL_API_SETS[cls]?.[member] ?? "another");
  if (compareVersions(need, emulated) > 0) throw apiNotFound(`${cls}.${member}`, `ExcelApi ${need[0]}.${need[1]}`);
}

/** The property paths a `load()` argument asks for ("a, b/c" -> [a], [b, c]). */
function loadedPaths(option: unknown): string[][] {
  const paths = (list: unknown): string[][] =>
    (typeof list === "string" ? list.split(",") : Array.isArray(list) ? list : [])
      .filter((s): s is string => typeof s === "string")
      .map((s) =>
        s
          .split("/")
          .map((seg) => seg.trim())
          .filter((seg) => seg !== ""),
      )
      .filter((p) => p.length > 0);
  if (typeof option === "string" || Array.isArray(option)) return paths(option);
  if (typeof option === "object" && option !== null) {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o) return [...paths(o.select), ...paths(o.expand)];
    const out: string[][] = [];
    const walk = (obj: Record<string, unknown>, prefix: string[]): void => {
      for (const [k, v] of Object.entries(obj)) {
        if (typeof v === "object" && v !== null) walk(v as Record<string, unknown>, [...prefix, k]);
        else out.push([...prefix, k]);
      }
    };
    walk(o, []);
    return out;
  }
  return [];
}

/**
 * Checks each segment of a load path on the class it belongs to: a navigation property's
 * class is read from the host object it returns; a collection's `items` (or, as Office.js
 * reads them, any path a collection does not have) are its item class ("WorksheetCollection"
 * -> "Worksheet"), checked by name only past that point.
 */
function checkLoadPath(target: object | undefined, cls: string, path: readonly string[], emulated: Version): void {
  const [seg, ...rest] = path;
  if (seg === undefined) return;
  if (cls.endsWith("Collection") && EXCEL_API_SETS[cls]?.[seg] === undefined) {
    const item = cls.slice(0, -"Collection".length);
    checkLoadPath(undefined, item, seg === "items" ? rest : path, emulated);
    return;
  }
  checkMember(cls, seg, "get", emulated);
  if (rest.length === 0) return;
  let child: unknown;
  try {
    child = target === undefined ? undefined : (Reflect.get(target, seg, target) as unknown);
  } catch {
    child = undefined; // a scalar (not loaded): the load itself reports the bad path
  }
  const childClass = classOf(child);
  if (childClass !== undefined) checkLoadPath(child as object, childClass, rest, emulated);
}

/** The Excel class a host object stands for (the proxies' `typeName`), if it is one. */
function classOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const name = (value as { typeName?: unknown }).typeName;
  return typeof name === "string" ? name : undefined;
}

/**
 * Wraps a request context so that every Excel object reached from it checks each member used
 * against `emulated` (see {@link checkMember}); the objects underneath are the host's own.
 */
export function gateContext<C extends object>(context: C, emulated: Version): C {
  const proxies = new WeakMap<object, object>();
  const raw = new WeakMap<object, object>();
  const unwrap = (v: unknown): unknown => (typeof v === "object" && v !== null ? (raw.get(v) ?? v) : v);

  const wrapValue = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.some((x) => classOf(x) !== undefined) ? v.map(wrapValue) : v;
    const cls = classOf(v);
    return cls === undefined ? v : wrap(v as object, cls);
  };

  function wrap<T extends object>(target: T, cls: string): T {
    const known = proxies.get(target);
    if (known) return known as T;
    const proxy: T = new Proxy(target, {
      get(t, prop) {
        // Office.js checks before anything else (the getter or method starts with the check).
        if (typeof prop === "string") checkMember(cls, prop, "get", emulated);
        const v: unknown = Reflect.get(t, prop, t);
        if (typeof prop !== "string") return v;
        if (typeof v !== "function") return wrapValue(v);
        return (...args: unknown[]): unknown => {
          if (prop === "load") for (const p of loadedPaths(args[0])) checkLoadPath(t, cls, p, emulated);
          if (prop === "set" && typeof args[0] === "object" && args[0] !== null)
            for (const n of Object.keys(args[0])) checkMember(cls, n, "set", emulated);
          const out: unknown = (v as (...a: unknown[]) => unknown).apply(t, args.map(unwrap));
          return out === t ? proxy : wrapValue(out);
        };
      },
      set(t, prop, value) {
        if (typeof prop === "string") checkMember(cls, prop, "set", emulated);
        return Reflect.set(t, prop, unwrap(value), t);
      },
    });
    proxies.set(target, proxy);
    raw.set(proxy, target);
    return proxy;
  }

  return wrap(context, "RequestContext");
}
