/**
 * Excel.SettingCollection / Setting: the add-in's document settings (key -> JSON value),
 * the same store as `Office.context.document.settings`.
 */
import { invalidArgument } from "../model/errors";
import { defineCollectionMembers, FakeCollection } from "./collection";
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
  /** A setting by key; ItemNotFound at sync if missing. */
  declare getItem: (key: string) => FakeSetting;
  /** A setting by key, or a null object. */
  declare getItemOrNullObject: (key: string) => FakeSetting;

  constructor(context: ProxyContext) {
    const wb = context.host;
    super(
      context,
      {
        typeName: "SettingCollection",
        list: () => [...wb.settings.keys()].map((key) => ({ wb, key })),
        alive: aliveSetting,
        wrap: (ref, p, orNull) => new FakeSetting(context, ref, p, orNull),
        itemPath: (t) => `settings.getItem(${JSON.stringify(t.key)})`,
        callPath: (method, key) => `settings.${method}(${JSON.stringify(key)})`,
        matches: (t, key) => t.key === key,
      },
      "workbook.settings",
    );
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
}

defineCollectionMembers(FakeSettingCollection, ["getItem", "getItemOrNullObject"]);

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
