/**
 * What a save control shows after its click (src/taskpane/save-view.ts): on the web, a download
 * keeps the file and offers it in the pane, so a download that went nowhere (Teams) loses
 * nothing; on desktop the file is shown at once.
 */
import { afterSave, NOTHING_SAVED, showInstead, shownBecause, type SaveView } from "../../src/taskpane/save-view";

describe("a save control's view", () => {
  it("on the web: after a download, offers the same file, and shows exactly it when asked", () => {
    const downloaded = afterSave<string>(NOTHING_SAVED, "download", "PNG-1");
    expect(downloaded).toEqual({ file: "PNG-1", shown: false, offered: true });
    const shown = showInstead(downloaded);
    expect(shown).toEqual({ file: "PNG-1", shown: true, offered: false });
  });

  it("on the web: a later download while the file is shown shows the newer file (never a stale one)", () => {
    const shown = showInstead(afterSave<string>(NOTHING_SAVED, "download", "v1"));
    expect(afterSave(shown, "download", "v2")).toEqual({ file: "v2", shown: true, offered: false });
  });

  it("offers nothing, and shows nothing, before any file was made", () => {
    expect(NOTHING_SAVED.offered).toBe(false);
    expect(showInstead(NOTHING_SAVED as SaveView<string>)).toEqual({ shown: false, offered: false });
  });

  it("on desktop: shown at once, never offered as a fallback", () => {
    expect(afterSave<string>(NOTHING_SAVED, "in-pane", "doc")).toEqual({ file: "doc", shown: true, offered: false });
  });

  it("says why the file is shown: the pane cannot save, or the download may not have arrived", () => {
    expect(shownBecause("in-pane")).toBe("This pane cannot save files here.");
    expect(shownBecause("download")).toMatch(/^If no file arrived \(Excel in Microsoft Teams can block downloads/);
  });
});
