/**
 * How the add-in gives the thread back (src/excel/yield.ts): through a posted message where
 * the page has MessageChannel (not a timer, so a hidden pane's timer throttling does not slow
 * it), through a zero-delay timer where it has none.
 */
import { createYield, type YieldHost } from "../../src/excel";
import { ThrottledEventLoop } from "../../support/throttled-event-loop";

describe("createYield", () => {
  it("yields by message where the host has channels, in order, each yield one message", async () => {
    const loop = new ThrottledEventLoop({ state: "hidden", hiddenForMs: 0 });
    const y = createYield(loop.host({ channels: true }));
    expect(y.via).toBe("message");
    const order: number[] = [];
    const { stats } = await loop.run(async () => {
      await Promise.all([1, 2, 3].map((n) => y().then(() => order.push(n))));
      for (let i = 0; i < 10; i++) await y();
    });
    expect(order).toEqual([1, 2, 3]);
    expect(stats).toMatchObject({ messages: 13, timers: 0, elapsedMs: 0 });
  });

  it("lets a task queued before the yield run first (a click, a custom function)", async () => {
    const loop = new ThrottledEventLoop({ state: "visible" });
    const y = createYield(loop.host({ channels: true }));
    const seen: string[] = [];
    await loop.run(async () => {
      loop.setTimeout(() => seen.push("queued task"), 0);
      await y();
      seen.push("after the yield");
    });
    expect(seen).toEqual(["queued task", "after the yield"]);
  });

  it("falls back to a zero-delay timer without channels", async () => {
    const loop = new ThrottledEventLoop({ state: "visible" });
    const y = createYield(loop.host({ channels: false }));
    expect(y.via).toBe("timer");
    const { stats } = await loop.run(async () => {
      for (let i = 0; i < 3; i++) await y();
    });
    expect(stats).toMatchObject({ messages: 0, timers: 3 });
  });

  it("leaves no message handler set between yields (a set handler keeps Node's process alive)", async () => {
    let port1: { onmessage: unknown } | undefined;
    const host: YieldHost = {
      setTimeout: () => undefined,
      MessageChannel: class {
        readonly port1 = { onmessage: null as ((event: never) => void) | null };
        readonly port2 = { postMessage: () => queueMicrotask(() => this.port1.onmessage?.(undefined as never)) };
        constructor() {
          port1 = this.port1;
        }
      },
    };
    const y = createYield(host);
    await y();
    await Promise.all([y(), y()]);
    expect(port1?.onmessage).toBeNull();
  });

  it("yields through the real MessageChannel in Node, and the process is free to end after", async () => {
    const y = createYield();
    expect(y.via).toBe("message");
    await expect(Promise.all([y(), y(), y()])).resolves.toHaveLength(3);
  });
});
