/** Which way the pane saves a file, by the platform Office reports. */
import { installGlobalExcel, FakeWorkbook, type FakePlatform } from "@csc/fake-excel";
import { saveRoute, safeFileName } from "../../src/taskpane/download";

describe("saveRoute", () => {
  it.each<[FakePlatform, string]>([
    ["OfficeOnline", "download"],
    ["PC", "in-pane"],
    ["Mac", "in-pane"],
  ])("Office on %s: %s", (platform, route) => {
    const uninstall = installGlobalExcel(new FakeWorkbook(), { platform });
    try {
      expect(saveRoute()).toBe(route);
    } finally {
      uninstall();
    }
  });

  it("shows the file in the pane when there is no Office to ask (never a download that may do nothing)", () => {
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
    expect(saveRoute()).toBe("in-pane");
  });
});

it("names the HTML report's file safely", () => {
  expect(safeFileName("Safeguarding-Report-2021-22", "html")).toBe("Safeguarding-Report-2021-22.html");
});
