/**
 * The help page's "Workbook layout" section (the pane footer's link) names every dataset's sheet,
 * table and column as the layout the add-in reads, so the page and the code cannot drift apart.
 */
import * as fs from "fs";
import * as path from "path";
import { LAYOUT } from "../../src/core/workbook";

const html = fs.readFileSync(path.resolve(__dirname, "..", "..", "src", "taskpane", "help.html"), "utf8");
const section = html.slice(html.indexOf('id="layout"'), html.indexOf('id="functions"'));

describe("help page: workbook layout", () => {
  it.each(LAYOUT.map((d) => [d.id, d] as const))("%s: its sheet, table and columns", (_id, d) => {
    const row = section.split("<tr>").find((r) => r.includes(`<code>${d.table}</code>`));
    expect(row).toBeDefined();
    expect(row).toContain(`<td>${d.sheet}`);
    for (const c of d.columns) expect(row).toContain(c.required ? c.header : `${c.header}*`);
  });
});
