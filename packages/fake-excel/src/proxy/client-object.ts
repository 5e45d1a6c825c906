/**
 * The Office.js proxy model: objects are handles into the document; property reads need
 * `load()` plus `context.sync()`; writes and method calls are queued and applied at the
 * next sync, in order. See
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model
 */
import { FakeErrorCodes, type FakeOfficeError, invalidArgument, itemNotFound, officeError } from "../model/errors";
import type { WorkbookModel } from "../model/workbook";

/** What a queued read delivers: the response JSON, and how to store it once the sync succeeds. */
export interface ReadResult {
  payload: unknown;
  commit: () => void;
}

/** One queued statement. `request` is what counts towards the request payload. */
export interface PendingOp {
  request: unknown;
  apply: () => ReadResult | undefined;
}

/** The PropertyNotLoaded error Office.js throws synchronously from a property getter. */
function propertyNotLoaded(property: string, location?: string): FakeOfficeError {
  return officeError(
    FakeErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location,
  );
}

/** The error ClientResult.value throws before the sync that fills it. */
function valueNotLoaded(): FakeOfficeError {
  return officeError(
    FakeErrorCodes.valueNotLoaded,
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}

/**
 * The document a request context talks to, as the proxies see it: the model, the cell-read
 * limit and the runner of a sync's statements (the harness's FakeWorkbook is one).
 */
export interface ProxyHost extends WorkbookModel {
  readonly limits: { readonly cellsPerRead: number };
  /** The harness's render of a chart for `Chart.getImage()` (base64 PNG), when it has one. */
  readonly chartImage?: ((sheetName: string, chartName: string) => string | undefined) | undefined;
  /** Runs one sync's statements in order (see applyStatements in context.ts). */
  runStatements(ops: PendingOp[]): void;
}

/** What a proxy needs of its request context (context.ts's FakeRequestContext). */
export interface ProxyContext {
  readonly host: ProxyHost;
  /** Queues a statement for the next sync. */
  enqueue(op: PendingOp): void;
}

/**
 * A lazily resolved handle to a model object. It resolves at the first sync that uses
 * it and then stays bound to that object (as Excel binds an object path), unless
 * `live` (collections, which re-list their members each time).
 */
export class Ref<T> {
  private bound: T | null | undefined;

  constructor(
    private readonly find: () => T | null,
    private readonly alive: (t: T) => boolean = () => true,
    private readonly live = false,
  ) {}

  /** A handle already bound to `target`. */
  static to<T>(target: T, alive?: (t: T) => boolean): Ref<T> {
    const r = new Ref<T>(() => target, alive);
    r.bound = target;
    return r;
  }

  /** Binds the handle (used by methods that create the object at sync, e.g. worksheets.add). */
  bind(target: T): void {
    this.bound = target;
  }

  /** The target, or null when it doesn't exist (or was deleted). */
  tryResolve(): T | null {
    if (this.live) return this.find();
    if (this.bound === undefined) this.bound = this.find();
    if (this.bound !== null && !this.alive(this.bound)) return null;
    return this.bound;
  }

  /** The target, or ItemNotFound. */
  resolve(location?: string): T {
    const t = this.tryResolve();
    if (t === null) throw itemNotFound(undefined, location);
    return t;
  }
}

/** A scalar property: how to read it from the model and (if writable) apply a write. */
export interface PropDef<T> {
  get: (t: T) => unknown;
  set?: (t: T, value: unknown) => void;
  /** True for per-cell arrays (values, formulas, text...), which count towards the cell read limit. */
  cells?: boolean;
}

/** The scalar properties of a proxy class. */
export type PropTable<T> = Record<string, PropDef<T>>;

/** A parsed `load()` argument. */
export interface LoadSpec {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadSpec>;
}

/** An empty spec; `all` loads every scalar property. */
export function emptySpec(all = false): LoadSpec {
  return { all, scalars: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string, expandAll = false): void {
  const segs = path
    .split("/")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  let cur = spec;
  segs.forEach((seg, i) => {
    if (i === segs.length - 1 && !expandAll) {
      cur.scalars.add(seg);
      return;
    }
    let next = cur.nav.get(seg);
    if (!next) {
      next = emptySpec(false);
      cur.nav.set(seg, next);
    }
    if (i === segs.length - 1) next.all = true;
    cur = next;
  });
}

function addObject(spec: LoadSpec, obj: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(obj)) {
    if (v === true) addPath(spec, k);
    else if (typeof v === "object" && v !== null) {
      const sub = spec.nav.get(k) ?? emptySpec(false);
      addObject(sub, v as Record<string, unknown>);
      spec.nav.set(k, sub);
    }
  }
}

/**
 * Parses every form `load()` accepts: nothing (all scalars), "a, b/c", ["a", "b/c"],
 * `{ select, expand }` and `{ a: true, b: { c: true } }`.
 */
export function parseLoadSpec(option: unknown): LoadSpec {
  if (option === undefined || option === null) return emptySpec(true);
  const spec = emptySpec(false);
  const addStrings = (v: unknown, expand = false): void => {
    const list = typeof v === "string" ? v.split(",") : Array.isArray(v) ? v : [];
    for (const s of list) if (typeof s === "string" && s.trim() !== "") addPath(spec, s.trim(), expand);
  };
  if (typeof option === "string" || Array.isArray(option)) addStrings(option);
  else if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      addStrings(o.select);
      addStrings(o.expand, true);
      if (o.select === undefined) spec.all = true;
    } else addObject(spec, o);
  }
  return spec;
}

/** Anything a load path (or a nested `set()` object) can descend into. */
export interface Loadable {
  buildRead(spec: LoadSpec): () => ReadResult;
  set?(properties: Record<string, unknown>): void;
}

/**
 * Base of every proxy. Subclasses list their scalar properties in a {@link PropTable}
 * and declare them with `declare` so {@link defineProxyProperties} can install getters
 * (PropertyNotLoaded until loaded and synced) and setters (queued writes).
 */
export abstract class FakeClientObject<T> implements Loadable {
  /** The request context, as `OfficeExtension.ClientObject.context`. */
  readonly context: ProxyContext;
  private readonly cache = new Map<string, unknown>();
  private nullState: boolean | undefined;
  /** Excel type name, for error locations ("Range", "Worksheet"...). */
  protected abstract readonly typeName: string;
  /** Scalar properties. */
  protected abstract readonly props: PropTable<T>;

  /**
   * @param path Statement path used in request payloads and error locations.
   * @param orNull True for objects from *OrNullObject methods.
   */
  constructor(
    context: ProxyContext,
    /** @internal */ readonly ref: Ref<T>,
    /** @internal */ readonly path: string,
    private readonly orNull = false,
  ) {
    this.context = context;
    if (!orNull) this.nullState = false;
  }

  /** Navigation properties a load path may descend into (e.g. "format", "worksheet"). */
  protected navChildren(): Record<string, Loadable> {
    return {};
  }

  /** True when an *OrNullObject method found nothing; readable after the next sync. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject", `${this.typeName}.isNullObject`);
    return this.nullState;
  }

  /** @internal Getter behind every declared scalar property. */
  readProperty(key: string): unknown {
    if (this.cache.has(key)) return this.cache.get(key);
    if (this.nullState === true) return undefined;
    throw propertyNotLoaded(key, `${this.typeName}.${key}`);
  }

  /** @internal Setter behind every declared writable property: queues the write. */
  writeProperty(key: string, value: unknown): void {
    const def = this.props[key];
    if (!def?.set) throw invalidArgument(`The property '${key}' is read-only.`, `${this.typeName}.${key}`);
    const setter = def.set;
    const stored = Array.isArray(value)
      ? value.map((r: unknown) => (Array.isArray(r) ? [...(r as unknown[])] : r))
      : value;
    this.enqueue({ set: { [key]: stored } }, (t) => setter(t, stored), key);
    // Office.js keeps the written value locally, so reading it back needs no sync.
    this.cache.set(key, stored);
  }

  /** @internal Caches a value as if loaded (used when a method's result is known locally). */
  protected remember(key: string, value: unknown): void {
    this.cache.set(key, value);
  }

  /** Queues a statement against this object's target (a write or a method call). */
  protected enqueue(request: Record<string, unknown>, apply: (t: T) => void, member = "method"): void {
    this.enqueueOp(
      request,
      (t) => {
        apply(t);
        return undefined;
      },
      member,
    );
  }

  private enqueueOp(request: Record<string, unknown>, apply: (t: T) => ReadResult | undefined, member: string): void {
    const location = `${this.typeName}.${member}`;
    this.context.enqueue({
      request: { path: this.path, ...request },
      apply: () => {
        const t = this.ref.tryResolve();
        if (t === null) throw itemNotFound(undefined, location);
        try {
          return apply(t);
        } catch (e) {
          if (e instanceof Error && "debugInfo" in e && typeof e.debugInfo === "object" && e.debugInfo !== null) {
            const d = e.debugInfo as { errorLocation?: string };
            d.errorLocation ??= location;
          }
          throw e;
        }
      },
    });
  }

  /** Queues a method whose return value arrives as a ClientResult at the next sync. */
  protected enqueueResult<R>(method: string, args: unknown[], compute: (t: T) => R): FakeClientResult<R> {
    const result = new FakeClientResult<R>();
    this.enqueueOp(
      { call: method, args },
      (t) => {
        const v = compute(t);
        return { payload: v, commit: () => result.fulfil(v) };
      },
      method,
    );
    return result;
  }

  /**
   * @internal Queues the existence check behind an *OrNullObject method (sets isNullObject at
   * sync). Public so the collection that made the object can queue it.
   */
  enqueueProbe(): void {
    this.context.enqueue({
      request: { path: this.path, probe: true },
      apply: () => {
        const isNull = this.ref.tryResolve() === null;
        return { payload: { isNullObject: isNull }, commit: () => (this.nullState = isNull) };
      },
    });
  }

  /** Checks the cell read limit before a per-cell property is read (ranges override). */
  protected checkCellLimit(_t: T): void {
    /* only ranges have cells */
  }

  /** @internal Builds the read a load() will perform at sync. */
  buildRead(spec: LoadSpec): () => ReadResult {
    const nav = this.navChildren();
    const keys = spec.all ? Object.keys(this.props) : [...spec.scalars].filter((k) => !(k in nav));
    const navSpecs = new Map(spec.nav);
    for (const k of spec.scalars) if (k in nav && !navSpecs.has(k)) navSpecs.set(k, emptySpec(true));
    const unknown = keys.filter((k) => !(k in this.props) && k !== "isNullObject");
    const navReads: [string, () => ReadResult][] = [];
    for (const [k, sub] of navSpecs) {
      const child = nav[k];
      if (!child) unknown.push(k);
      else navReads.push([k, child.buildRead(sub)]);
    }
    return () => {
      if (unknown.length > 0) {
        throw invalidArgument(`Unknown ${this.typeName} properties: ${unknown.join(", ")}.`, `${this.typeName}.load`);
      }
      const t = this.ref.tryResolve();
      if (t === null) {
        if (!this.orNull) throw itemNotFound(undefined, `${this.typeName}.load`);
        return { payload: null, commit: () => (this.nullState = true) };
      }
      const values: Record<string, unknown> = {};
      for (const k of keys) {
        const def = this.props[k];
        if (!def) continue;
        if (def.cells) this.checkCellLimit(t);
        values[k] = def.get(t);
      }
      const navResults = navReads.map(([k, r]) => [k, r()] as const);
      const payload: Record<string, unknown> = { ...values };
      for (const [k, r] of navResults) payload[k] = r.payload;
      return {
        payload,
        commit: () => {
          for (const k of Object.keys(values)) this.cache.set(k, values[k]);
          this.nullState = false;
          for (const [, r] of navResults) r.commit();
        },
      };
    };
  }

  /** Queues a load of the given properties (every form Office.js accepts). */
  load(option?: unknown): this {
    const read = this.buildRead(parseLoadSpec(option));
    this.context.enqueue({ request: { path: this.path, load: option ?? "*" }, apply: read });
    return this;
  }

  /**
   * `object.set({ prop: value, nav: { prop: value } })`: queues each write in key order,
   * descending into navigation properties, as Office.js does.
   */
  set(properties: Record<string, unknown>): void {
    const nav = this.navChildren();
    for (const [k, v] of Object.entries(properties)) {
      const child = nav[k];
      if (child?.set && typeof v === "object" && v !== null && !Array.isArray(v))
        child.set(v as Record<string, unknown>);
      else this.writeProperty(k, v);
    }
  }

  /** The loaded scalar values, as Office.js `toJSON()`. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.cache);
  }
}

/** Installs PropertyNotLoaded-checking getters and queued setters for `keys` on a proxy class. */
export function defineProxyProperties(ctor: { prototype: object }, keys: readonly string[]): void {
  for (const key of keys) {
    Object.defineProperty(ctor.prototype, key, {
      configurable: true,
      enumerable: false,
      get(this: FakeClientObject<unknown>) {
        return this.readProperty(key);
      },
      set(this: FakeClientObject<unknown>, v: unknown) {
        this.writeProperty(key, v);
      },
    });
  }
}

/** `OfficeExtension.ClientResult<T>`: `value` is readable after the sync that fills it. */
export class FakeClientResult<T> implements OfficeExtension.ClientResult<T> {
  private filled = false;
  private v: T | undefined;

  /** The result; throws ValueNotLoaded before the sync. */
  get value(): T {
    if (!this.filled) throw valueNotLoaded();
    return this.v as T;
  }

  /** @internal */
  fulfil(v: T): void {
    this.v = v;
    this.filled = true;
  }
}
