/**
 * Collection proxies, all made by one generic class: `items` after load, `count`, and
 * `getItem` / `getItemOrNullObject` / `getItemAt`. What differs between Office.js collections
 * (what they list, how a key names a member, the members' proxy class and statement paths) is
 * a {@link CollectionSpec}; which generic members a collection has is listed once, with
 * {@link defineCollectionMembers}, so a member added to every collection is added here.
 */
import {
  emptySpec,
  FakeClientObject,
  type LoadSpec,
  type PropTable,
  type ProxyContext,
  type ReadResult,
  Ref,
} from "./client-object";

/** What makes one Office.js collection (WorksheetCollection, TableCollection, ...) what it is. */
export interface CollectionSpec<TItem, TProxy extends FakeClientObject<TItem>> {
  /** Excel type name, for error locations ("ChartCollection"). */
  readonly typeName: string;
  /** The members now, in order; listed again at each use (a collection is live). */
  list(): TItem[];
  /** Whether a member a proxy is bound to still exists. */
  alive(t: TItem): boolean;
  /** The member's proxy, over `ref`, with its statement path. */
  wrap(ref: Ref<TItem>, path: string, orNull: boolean): TProxy;
  /** The statement path of a member listed by `load("items")`. */
  itemPath(t: TItem, index: number): string;
  /** The statement path of a `getItem` / `getItemOrNullObject` / `getItemAt` call. */
  callPath(method: "getItem" | "getItemOrNullObject" | "getItemAt", arg: string | number): string;
  /** True when `key` names the member, for `getItem` and `getItemOrNullObject`. */
  matches?(t: TItem, key: string): boolean;
  /** True when the collection has the `count` property. */
  readonly count?: boolean;
}

/**
 * A collection proxy: `items` is available after `load("items")`, `load("items/name")`
 * or `load("name")` (Office.js reads a collection's unknown load paths as item paths).
 */
export class FakeCollection<TItem, TProxy extends FakeClientObject<TItem>> extends FakeClientObject<TItem[]> {
  protected readonly typeName: string;
  protected readonly props: PropTable<TItem[]>;

  constructor(
    context: ProxyContext,
    /** @internal */ readonly spec: CollectionSpec<TItem, TProxy>,
    path: string,
  ) {
    super(
      context,
      new Ref(
        () => spec.list(),
        () => true,
        true,
      ),
      path,
    );
    this.typeName = spec.typeName;
    this.props = spec.count ? { count: { get: (l) => l.length } } : {};
  }

  /** Wraps one listed model object in its proxy. */
  protected makeItem(target: TItem, index: number): TProxy {
    return this.spec.wrap(
      Ref.to(target, (t) => this.spec.alive(t)),
      this.spec.itemPath(target, index),
      false,
    );
  }

  /** @internal A member found at sync by `find` in the list; a null object when `orNull`. */
  lookup(find: (list: TItem[]) => TItem | undefined, path: string, orNull: boolean): TProxy {
    const proxy = this.spec.wrap(
      new Ref<TItem>(
        (): TItem | null => find(this.ref.resolve()) ?? null,
        (t) => this.spec.alive(t),
      ),
      path,
      orNull,
    );
    if (orNull) proxy.enqueueProbe();
    return proxy;
  }

  /** The loaded items. */
  get items(): TProxy[] {
    return this.readProperty("items") as TProxy[];
  }

  override buildRead(spec: LoadSpec): () => ReadResult {
    const own = emptySpec(spec.all);
    let itemSpec: LoadSpec | null = spec.nav.get("items") ?? null;
    const items = (): LoadSpec => (itemSpec ??= emptySpec(false));
    if (spec.all || spec.scalars.has("items")) items().all = true;
    for (const k of spec.scalars) {
      if (k === "items") continue;
      if (k in this.props) own.scalars.add(k);
      else items().scalars.add(k);
    }
    for (const [k, sub] of spec.nav) if (k !== "items") items().nav.set(k, sub);
    const ownRead = super.buildRead(own);
    const finalItemSpec = itemSpec;
    return () => {
      const base = ownRead();
      if (!finalItemSpec) return base;
      const list = this.ref.resolve(`${this.typeName}.load`);
      const proxies = list.map((t, i) => this.makeItem(t, i));
      const reads = proxies.map((p) => p.buildRead(finalItemSpec)());
      return {
        payload: { ...(base.payload as object), items: reads.map((r) => r.payload) },
        commit: () => {
          base.commit();
          for (const r of reads) r.commit();
          this.remember("items", proxies);
        },
      };
    };
  }
}

type AnyCollection = FakeCollection<unknown, FakeClientObject<unknown>>;

/** The generic members, as Office.js documents them on every collection that has them. */
const MEMBERS = {
  /** A member by key; ItemNotFound at sync if none. */
  getItem(this: AnyCollection, key: string) {
    const matches = this.spec.matches!;
    return this.lookup((l) => l.find((t) => matches(t, key)), this.spec.callPath("getItem", key), false);
  },
  /** A member by key, or a null object (`isNullObject` after the sync). */
  getItemOrNullObject(this: AnyCollection, key: string) {
    const matches = this.spec.matches!;
    return this.lookup((l) => l.find((t) => matches(t, key)), this.spec.callPath("getItemOrNullObject", key), true);
  },
  /** The member at a zero-based index; ItemNotFound at sync if none. */
  getItemAt(this: AnyCollection, index: number) {
    return this.lookup((l) => l[index], this.spec.callPath("getItemAt", index), false);
  },
};

/** A generic collection member's name. */
export type CollectionMember = keyof typeof MEMBERS;

/**
 * Gives a collection class the generic members it has in Office.js (declare them in the class
 * for their types). A member it does not list stays absent, as in Excel.
 */
export function defineCollectionMembers(ctor: { prototype: object }, members: readonly CollectionMember[]): void {
  for (const m of members) {
    Object.defineProperty(ctor.prototype, m, { configurable: true, writable: true, value: MEMBERS[m] });
  }
}
