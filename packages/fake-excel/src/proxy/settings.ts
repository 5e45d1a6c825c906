/**
 * Excel.SettingCollection / Setting: the add-in's document settings (key -> JSON value),
 * the same store as `Office.context.document.settings`.
 */
import { invalidArgument } from "../model/errors";
import { FakeCollection } from "./collection";
import {
  defineProxyProperties,
  FakeClientObject,
  type PropTable,
  Ref,
  type ProxyContext,
  type ProxyHost,
} from "./client-object";

/** A setting is addressed by its key in the workbook's settings map. */
interface SettingTarget {
  wb: ProxyHost;
  key: string;
}

const aliveSetting = (t: SettingTarget): boolean => t.wb.settings.has(t.key);

/** Settings hold JSON values; stored as a deep copy so later mutation of the caller's object has no effect. */
export function jsonCopy(value: unknown): unknown {
  if (value === undefined) throw invalidArgument("A setting's value can't be undefined.");
  const json = JSON.stringify(value);
  if (json === undefined) throw invalidArgument("A setting's value must be JSON-serialisable.");
  return JSON.parse(json) as unknown;
}

/** Excel.SettingCollection. */
export class FakeSettingCollection extends FakeCollection<SettingTarget, FakeSetting> {
  protected readonly typeName = "SettingCollection";
  protected readonly props: PropTable<SettingTarget[]> = {};

  constructor(context: ProxyContext) {
    const wb = context.host;
    super(
      context,
      new Ref(
        () => [...wb.settings.keys()].map((key) => ({ wb, key })),
        () => true,
        true,
      ),
      "workbook.settings",
    );
  }

  protected makeItem(t: SettingTarget): FakeSetting {
    return new FakeSetting(this.context, Ref.to(t, aliveSetting), `settings.getItem(${JSON.stringify(t.key)})`);
  }

  /** Adds or replaces a setting. */
  add(key: string, value: unknown): FakeSetting {
    const wb = this.context.host;
    const copy = jsonCopy(value);
    this.enqueue(
      { call: "add", args: [key, copy] },
      () => {
        if (key === "") throw invalidArgument("A setting's key can't be empty.");
        wb.settings.set(key, copy);
      },
      "add",
    );
    return new FakeSetting(this.context, Ref.to({ wb, key }, aliveSetting), `settings.add(${JSON.stringify(key)})`);
  }

  private lookup(key: string, orNull: boolean): FakeSetting {
    const wb = this.context.host;
    const s = new FakeSetting(
      this.context,
      new Ref(() => (wb.settings.has(key) ? { wb, key } : null), aliveSetting),
      `settings.getItem(${JSON.stringify(key)})`,
      orNull,
    );
    if (orNull) s.enqueueProbe();
    return s;
  }

  /** A setting by key; ItemNotFound at sync if missing. */
  getItem(key: string): FakeSetting {
    return this.lookup(key, false);
  }

  /** A setting by key, or a null object. */
  getItemOrNullObject(key: string): FakeSetting {
    return this.lookup(key, true);
  }
}

/** Excel.Setting. */
export class FakeSetting
  extends FakeClientObject<SettingTarget>
  implements Pick<Excel.Setting, "key" | "value" | "delete">
{
  declare readonly key: string;
  declare value: unknown;
  protected readonly typeName = "Setting";
  protected readonly props: PropTable<SettingTarget> = {
    key: { get: (t) => t.key },
    value: { get: (t) => jsonCopy(t.wb.settings.get(t.key)), set: (t, v) => t.wb.settings.set(t.key, jsonCopy(v)) },
  };

  /** Removes the setting. */
  delete(): void {
    this.enqueue({ call: "delete" }, (t) => t.wb.settings.delete(t.key), "delete");
  }
}

defineProxyProperties(FakeSetting, ["key", "value"]);
