/**
 * The ribbon's ExecuteFunction actions: every <FunctionName> in manifest.xml is associated by
 * src/commands/commands.ts, and "Set up workbook" opens the pane and hands it the set-up
 * command through the command bus (then completes the event, as Office requires:
 * https://learn.microsoft.com/en-us/javascript/api/office/office.addincommands.event#office-office-addincommands-event-completed-member(1)).
 */
import * as fs from "fs";
import * as path from "path";
import { resetCommandBus, subscribeCommands } from "../../src/commands/command-bus";

type Handler = (event: { completed: () => void }) => Promise<void>;

describe("ribbon commands", () => {
  const handlers = new Map<string, Handler>();
  let shown = 0;

  beforeAll(() => {
    (globalThis as unknown as { Office: unknown }).Office = {
      // Office has not run its onReady callbacks yet: the commands are associated all the same.
      onReady: () => new Promise(() => undefined),
      actions: { associate: (name: string, fn: Handler) => handlers.set(name, fn) },
      addin: { showAsTaskpane: () => Promise.resolve(void shown++) },
    };
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
  });
  afterAll(() => delete (globalThis as { Office?: unknown }).Office);
  beforeEach(() => resetCommandBus());

  it("associates every function the manifest's buttons name as the script loads, before Office.onReady", () => {
    const xml = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    const names = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names).toContain("setUpWorkbookCommand");
    expect([...handlers.keys()].sort()).toEqual([...names].sort());
  });

  it("Set up workbook opens the pane on the set-up action and completes the event", async () => {
    const got: string[] = [];
    subscribeCommands((c) => got.push(c));
    let completed = false;
    await handlers.get("setUpWorkbookCommand")?.({ completed: () => (completed = true) });
    expect(shown).toBe(1);
    expect(got).toEqual(["setup"]);
    expect(completed).toBe(true);
  });
});
