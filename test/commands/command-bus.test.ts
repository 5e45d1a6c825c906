import { requestCommand, resetCommandBus, subscribeCommands } from "../../src/commands/command-bus";

describe("command bus", () => {
  beforeEach(() => resetCommandBus());

  it("keeps a command given before the pane subscribed, and delivers it once", () => {
    requestCommand("validate");
    const got: string[] = [];
    const off = subscribeCommands((c) => got.push(c));
    expect(got).toEqual(["validate"]);
    off();
    subscribeCommands((c) => got.push(c));
    expect(got).toEqual(["validate"]);
  });

  it("delivers at once to a subscribed pane, and keeps commands after it unsubscribes", () => {
    const got: string[] = [];
    const off = subscribeCommands((c) => got.push(c));
    requestCommand("report");
    expect(got).toEqual(["report"]);
    off();
    requestCommand("validate");
    expect(got).toEqual(["report"]);
    subscribeCommands((c) => got.push(c));
    expect(got).toEqual(["report", "validate"]);
  });

  it("keeps only the latest pending command", () => {
    requestCommand("validate");
    requestCommand("report");
    const got: string[] = [];
    subscribeCommands((c) => got.push(c));
    expect(got).toEqual(["report"]);
  });

  it("shares its state across bundles through a registered symbol on globalThis", () => {
    requestCommand("validate");
    const state = (globalThis as unknown as Record<symbol, { pending?: string }>)[
      Symbol.for("csc.taskpane.commandBus")
    ];
    expect(state?.pending).toBe("validate");
  });
});
