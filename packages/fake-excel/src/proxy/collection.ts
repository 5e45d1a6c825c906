/**
 * Collection proxies: `items` after load.
 */
import { emptySpec, FakeClientObject, type LoadSpec, type ReadResult } from "./client-object";

/**
 * A collection proxy: `items` is available after `load("items")`, `load("items/name")`
 * or `load("name")` (Office.js reads a collection's unknown load paths as item paths).
 */
export abstract class FakeCollection<TItem, TProxy extends FakeClientObject<TItem>> extends FakeClientObject<TItem[]> {
  /** Wraps one listed model object in its proxy. */
  protected abstract makeItem(target: TItem, index: number): TProxy;

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
