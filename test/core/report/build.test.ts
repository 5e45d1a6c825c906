import { buildReportPlan } from "../../../src/core/report/build";
import { leftOutMessage, type HeadlineId, type TableId } from "../../../src/core/report/left-out";
import type { ReportPlan, TableBlock } from "../../../src/core/report/plan";
import type { PerformanceData } from "../../../src/core/workbook";
import type { FinancialYear } from "../../../src/core/dates";
import { REPORT_STYLES } from "../../../src/core/report/styles";
import { sampleData } from "../../../support/sample-workbook";

const fy = (startYear: number): FinancialYear => ({ kind: "year", startYear });
const plan2019 = (d: PerformanceData = sampleData()) =>
  buildReportPlan(d, { year: fy(2019), quarterStyle: "end-month" });
const plan2021 = (d: PerformanceData = sampleData()) => buildReportPlan(d, { year: fy(2021), quarterStyle: "range" });

function tableOf(plan: ReportPlan, id: TableId): TableBlock {
  const t = plan.blocks.find((b): b is TableBlock => b.kind === "table" && b.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

function headline(plan: ReportPlan, id: HeadlineId) {
  for (const b of plan.blocks) if (b.kind === "headlines") for (const h of b.items) if (h.id === id) return h;
  throw new Error(`no headline ${id}`);
}

/** The table as [header, ...rows]; a number cell compares its value, a text cell its displayed text. */
function asSeen(t: TableBlock, expected: readonly (readonly (string | number)[])[]): (string | number | null)[][] {
  return [
    t.header.slice(1),
    ...t.rows.map((r, ri) => r.cells.map((c, ci) => (typeof expected[ri + 1]?.[ci] === "number" ? c.value : c.text))),
  ];
}

// The tables as printed in the published 2019-20 and 2021-22 Safeguarding Reports.
// Percentages are the displayed text; counts the values. The 2019-20 UASC Jun-2020 cell is blank in
// the published report; the sample workbook has 335 there.
const PUBLISHED: [string, TableId, () => ReportPlan, (string | number)[][]][] = [
  [
    "2019-20",
    "assessments",
    () => plan2019(),
    [
      ["2015-16", "2016-17", "2017-18", "2018-19", "2019-20"],
      [16931, 19841, 18496, 18003, 19712],
      ["88.30%", "89.60%", "87.90%", "90.90%", "92.61%"],
    ],
  ],
  [
    "2019-20",
    "childProtection",
    () => plan2019(),
    [
      ["2015-16", "2016-17", "2017-18", "2018-19", "2019-20"],
      [1441, 1263, 1293, 1097, 938],
    ],
  ],
  [
    "2019-20",
    "lookedAfter",
    () => plan2019(),
    [
      ["2013-14", "2014-15", "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21 Q1 Apr-Jun"],
      [1267, 1339, 1305, 1440, 1592, 1664, 1602, 1640],
    ],
  ],
  [
    "2019-20",
    "uascCareLeavers",
    () => plan2019(),
    [
      [
        "Jun-2017",
        "Sep-2017",
        "Dec-2017",
        "Mar-2018",
        "Jun-2018",
        "Sep-2018",
        "Dec-2018",
        "Mar-2019",
        "Jun-2019",
        "Sep-2019",
        "Dec-2019",
        "Mar-2020",
        "Jun-2020",
      ],
      [137, 148, 171, 246, 247, 270, 294, 308, 328, 329, 327, 334, 335],
    ],
  ],
  [
    "2021-22",
    "assessments",
    () => plan2021(),
    [
      ["2017-18", "2018-19", "2019-20", "2020-21", "2021-22"],
      [18496, 18003, 19712, 15924, 21188],
      ["87.90%", "90.90%", "92.61%", "95.30%", "95.90%"],
    ],
  ],
  [
    "2021-22",
    "childProtection",
    () => plan2021(),
    [
      ["2017-18", "2018-19", "2019-20", "2020-21", "2021-22"],
      [1293, 1097, 938, 1000, 1022],
    ],
  ],
  [
    "2021-22",
    "contacts",
    () => plan2021(),
    [
      ["2017-18", "2018-19", "2019-20", "2020-21", "2021-22"],
      [106010, 117188, 125413, 126153, 153033],
      [35953, 40014, 44434, 48826, 60761],
    ],
  ],
  [
    "2021-22",
    "uascCareLeavers",
    () => plan2021(),
    [
      [
        "Apr-Jun 2019",
        "Jul-Sep 2019",
        "Oct-Dec 2019",
        "Jan-Mar 2020",
        "Apr-Jun 2020",
        "Jul-Sep 2020",
        "Oct-Dec 2020",
        "Jan-Mar 2021",
        "Apr-Jun 2021",
        "Jul-Sep 2021",
        "Oct-Dec 2021",
        "Jan-Mar 2022",
        "Apr-Jun 2022",
      ],
      [328, 329, 327, 334, 335, 341, 347, 363, 365, 369, 402, 417, 423],
    ],
  ],
];

describe("buildReportPlan reproduces the published reports' tables from the sample workbook", () => {
  it.each(PUBLISHED)("%s %s", (_year, id, make, expected) => {
    expect(asSeen(tableOf(make(), id), expected)).toEqual(expected);
  });

  it("a past year's report reads the same when the later quarters are added", () => {
    const before = plan2019();
    const d = sampleData();
    const later = [9, 12].map((endMonth) => ({
      period: { kind: "quarter", endYear: 2020, endMonth },
      lookedAfter: 1700,
    }));
    const withLater = {
      ...d,
      lookedAfter: [
        ...d.lookedAfter,
        ...later,
        { period: { kind: "quarter", endYear: 2021, endMonth: 3 }, lookedAfter: 1750 },
      ],
    } as PerformanceData;
    const after = plan2019(withLater);
    expect(tableOf(after, "lookedAfter")).toEqual(tableOf(before, "lookedAfter"));
    expect(tableOf(after, "lookedAfter").header.at(-1)).toBe("2020-21 Q1 Apr-Jun");
    expect(after.blocks.filter((b) => b.kind === "headlines")).toEqual(
      before.blocks.filter((b) => b.kind === "headlines"),
    );
  });

  it("shows counts with thousands separators and timeliness to 2 dp", () => {
    const t = tableOf(plan2021(), "assessments");
    expect(t.rows[0]?.cells.map((c) => c.text)).toEqual(["18,496", "18,003", "19,712", "15,924", "21,188"]);
    expect(t.rows[0]?.cells[0]?.format).toBe("#,##0");
    expect(t.rows[1]?.cells[2]).toEqual({ value: 0.9261, format: "0.00%", text: "92.61%" });
  });
});

describe("headline figures", () => {
  it.each([
    [
      "2019-20 UASC care leavers since June 2017",
      () => headline(plan2019(), "uascCareLeaversChange"),
      { pct: "145%", base: "137", end: "335", baseMonth: "June 2017", direction: "up" },
    ],
    [
      "2021-22 UASC care leavers since June 2017",
      () => headline(plan2021(), "uascCareLeaversChange"),
      { pct: "209%", base: "137", end: "423", baseMonth: "June 2017" },
    ],
    [
      "2021-22 contacts on the year before",
      () => headline(plan2021(), "contactsChange"),
      { pct: "21%", endDate: "31 March 2022", baseDate: "31 March 2021", direction: "up" },
    ],
    [
      "2019-20 children looked after",
      () => headline(plan2019(), "lookedAfterChange"),
      { pct: "4%", diff: "62", direction: "down" },
    ],
    [
      "2019-20 NTS quota",
      () => headline(plan2019(), "uascQuota"),
      { rate: "0.07%", quota: "192", asOfDate: "30 June 2020" },
    ],
    [
      "2019-20 looked-after UASC",
      () => headline(plan2019(), "uascLookedAfter"),
      { count: "74", asOfDate: "30 September 2020" },
    ],
    ["2021-22 timeliness", () => headline(plan2021(), "timeliness"), { pct: "95.9%", previousPct: "95.3%" }],
  ])("%s", (_name, get, figures) => {
    expect(get().figures).toMatchObject(figures);
  });

  it.each([
    [
      () => headline(plan2021(), "uascCareLeaversChange").text,
      "There has been a 209% increase in the number of UASC care leavers since June 2017 (137).",
    ],
    [
      () => headline(plan2021(), "contactsChange").text,
      "The total number of contacts as at 31 March 2022 is 21% higher than the total received at 31 March 2021.",
    ],
    [() => headline(plan2019(), "lookedAfterChange").text, "2019-20 saw a 4% (62) decrease"],
    [() => headline(plan2019(), "uascQuota").text, "0.07% equates to 192 for Hampshire County Council"],
  ])("wording %#", (get, words) => {
    expect(get()).toContain(words);
  });

  it("takes the quota rate at the date given: 0.1% from 24 August 2022", () => {
    const p = buildReportPlan(sampleData(), { year: fy(2021), quotaAsOf: 44834 /* 30 Sep 2022 */ });
    expect(headline(p, "uascQuota").figures).toMatchObject({
      rate: "0.1%",
      quota: "274",
      asOfDate: "30 September 2022",
    });
  });

  it("takes the workbook's NTS rate setting, when given, in place of the protocol's", () => {
    const data = sampleData();
    const p = buildReportPlan({ ...data, settings: { ...data.settings, ntsRate: 0.002 } }, { year: fy(2019) });
    expect(headline(p, "uascQuota").figures).toMatchObject({ rate: "0.2%", quota: "549" });
  });
});

describe("the figures come from the workbook, not from constants", () => {
  const base = (): PerformanceData => sampleData();

  it("a changed UASC figure changes the table, the chart and the headline", () => {
    const d = base();
    const changed = {
      ...d,
      uasc: d.uasc.map((u) =>
        u.quarter.endYear === 2022 && u.quarter.endMonth === 6 ? { ...u, careLeavers: 500 } : u,
      ),
    };
    const p = plan2021(changed);
    expect(tableOf(p, "uascCareLeavers").rows[0]?.cells[12]?.value).toBe(500);
    expect(tableOf(p, "uascCareLeavers").charts[0]?.series[0]?.values[12]).toBe(500);
    expect(headline(p, "uascCareLeaversChange").figures.pct).toBe("265%"); // (500 - 137) / 137 = 264.96%
  });

  it.each([
    [126153, "same", "is the same as"],
    [100000, "down", "lower than"],
  ])("contacts 2021-22 = %d gives %s wording", (contacts, dir, words) => {
    const d = base();
    const changed = { ...d, contacts: d.contacts.map((c) => (c.year.startYear === 2021 ? { ...c, contacts } : c)) };
    const h = headline(plan2021(changed), "contactsChange");
    expect(h.text).toContain(words);
    expect(tableOf(plan2021(changed), "contacts").rows[0]?.cells[4]?.value).toBe(contacts);
    if (dir !== "same") expect(h.figures.direction).toBe(dir);
  });

  it("children looked after rising gives an increase", () => {
    const d = base();
    const changed = {
      ...d,
      lookedAfter: d.lookedAfter.map((l) =>
        l.period.kind === "year" && l.period.startYear === 2019 ? { ...l, lookedAfter: 1700 } : l,
      ),
    };
    expect(headline(plan2019(changed), "lookedAfterChange").figures).toMatchObject({
      pct: "2%",
      diff: "36",
      direction: "up",
    });
  });

  it("a blank Jun-2020 (as in the published 2019-20 report) leaves the cell blank with a note and drops the headline", () => {
    const d = base();
    const changed = {
      ...d,
      uasc: d.uasc.map((u) => (u.quarter.endYear === 2020 && u.quarter.endMonth === 6 ? { quarter: u.quarter } : u)),
    };
    const p = plan2019(changed);
    const t = tableOf(p, "uascCareLeavers");
    expect(t.rows[0]?.cells[12]).toEqual({ value: null, format: "#,##0", text: "" });
    expect(t.notes[0]?.text).toContain("Jun-2020");
    expect(p.omitted.map((o) => o.id)).toContain("uascCareLeaversChange");
  });

  it("a dataset with no figures in its window is left out with a reason, not an error", () => {
    const d = base();
    const p = plan2021({ ...d, uasc: [], contacts: [] });
    expect(p.blocks.some((b) => b.kind === "table" && (b.id === "uascCareLeavers" || b.id === "contacts"))).toBe(false);
    const left = p.omitted.find((o) => o.id === "uascCareLeavers");
    expect(left && leftOutMessage(left)).toContain("Apr-Jun 2019 to Apr-Jun 2022");
    expect(p.omitted.map((o) => o.id)).toEqual(
      expect.arrayContaining(["contacts", "contactsChange", "uascCareLeaversChange"]),
    );
  });
});

describe("options and defaults", () => {
  it("defaults to the Settings report year and range-style quarters", () => {
    const p = buildReportPlan(sampleData());
    expect(p.reportYear).toBe("2021-22");
    expect(tableOf(p, "uascCareLeavers").header[1]).toBe("Apr-Jun 2019");
  });

  it("names the local authority from Settings", () => {
    const d = sampleData();
    const p = plan2019({ ...d, settings: { ...d.settings, localAuthority: "Testshire" } });
    expect(p.title).toContain("Testshire");
    expect(headline(p, "uascQuota").text).toContain("for Testshire");
  });
});

describe("the 2021-22 plan, block by block", () => {
  const p = plan2021();
  const tables = p.blocks.filter((b): b is TableBlock => b.kind === "table");

  it("names the sheet, the year and the authority, and sizes the columns", () => {
    expect({ ...p, blocks: undefined, omitted: undefined }).toEqual({
      sheetName: "Safeguarding Report",
      reportYear: "2021-22",
      title: "Hampshire County Council: Annual Safeguarding Report, Children's Services 2021-22",
      localAuthority: "Hampshire County Council",
      blocks: undefined,
      omitted: undefined,
      // Column A holds the row labels; B..N the period columns; the charts sit under their tables.
      columnWidths: [37, ...Array<number>(13).fill(14)],
      styles: REPORT_STYLES,
      page: {
        paper: "A4",
        orientation: "landscape",
        fitToPagesWide: 1,
        fitToPagesTall: 0,
        margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
        header: { left: "Hampshire County Council", center: "", right: "2021-22" },
        footer: {
          left: "Hampshire County Council: Annual Safeguarding Report, Children's Services 2021-22",
          center: "",
          right: "Page &P of &N",
        },
        // A page for the title and headlines, then one per topic: breaks before the section heading (row 11)
        // and before each later topic's title.
        rowBreaks: [10, 39, 63, 88, 114],
        printArea: { row: 0, col: 0, rowCount: 139, colCount: 14, address: "A1:N139" },
        scalePercent: 65,
        tallestPagePt: 282.75,
        printableHeightPt: 487.28,
      },
    });
  });

  it("leaves out, with its reason, each topic the workbook has no figures for", () => {
    expect(p.omitted).toEqual([
      { id: "lookedAfterChange", code: "no-looked-after", params: { year: "2021-22" } },
      { id: "uascLookedAfter", code: "no-uasc-looked-after", params: { year: "2021-22" } },
    ]);
    expect(p.omitted.map((o) => leftOutMessage(o))).toEqual([
      "Change in children looked after: not stated, because the workbook lacks children looked after at 31 March for 2021-22 or the year before.",
      "Looked-after UASC: not stated, because the workbook has no looked-after UASC figure from 2021-22 on.",
    ]);
  });

  it("lays the blocks out top to bottom, each at its anchor", () => {
    expect(p.blocks.map((b) => [b.kind, b.id, b.anchor.address])).toEqual([
      ["heading", "title", "A1"],
      ["note", "source", "A2"],
      ["headlines", "headlines", "A5"],
      ["heading", "performance", "A11"],
      ["table", "assessments", "A13"],
      ["table", "childProtection", "A40"],
      ["table", "lookedAfter", "A64"],
      ["table", "contacts", "A89"],
      ["table", "uascCareLeavers", "A115"],
    ]);
    for (const b of p.blocks) expect(b.anchor.address).toBe(`A${b.anchor.row + 1}`);
    const source = p.blocks[1];
    expect(source?.kind === "note" && source.text).toBe(
      'Generated from the performance workbook for 2021-22. Quarters are labelled by their months ("Apr-Jun 2019"). ' +
        "Counts and rates are as recorded in the workbook's tables.",
    );
    const headlines = p.blocks.find((b) => b.kind === "headlines");
    expect(headlines?.kind === "headlines" && headlines.items.map((h) => [h.id, h.address])).toEqual([
      ["uascCareLeaversChange", "A6"],
      ["contactsChange", "A7"],
      ["timeliness", "A8"],
      ["uascQuota", "A9"],
    ]);
  });

  it("puts each table's grid under its title, with a note for each gap", () => {
    expect(tables.map((t) => [t.id, t.title, t.grid.range.address, t.grid.boldRows, t.notes])).toEqual([
      ["assessments", "Child and Family Assessments", "A14:F16", [0], []],
      ["childProtection", "Child Protection Plans", "A41:F42", [0], []],
      [
        "lookedAfter",
        "Full Time Looked After Children",
        "A65:J66",
        [0],
        [
          {
            text: "No figure in the workbook for 2020-21 and 2021-22: the cell is left blank.",
            address: "A67",
            // Short enough for one row of the page.
            lines: [
              { text: "No figure in the workbook for 2020-21 and 2021-22: the cell is left blank.", address: "A67" },
            ],
          },
        ],
      ],
      ["contacts", "Contacts and Referrals", "A90:F92", [0], []],
      ["uascCareLeavers", "UASC Care Leavers", "A116:N117", [0], []],
    ]);
  });

  it("writes the grid as the header and rows: labels in column A as text, each cell in its format", () => {
    for (const t of tables) {
      expect(t.grid.values).toEqual([t.header, ...t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value)])]);
      expect(t.grid.numberFormats).toEqual([
        t.header.map(() => "@"),
        ...t.rows.map((r) => ["@", ...r.cells.map((c) => c.format)]),
      ]);
    }
    expect(tables.map((t) => [t.header[0], ...t.rows.map((r) => r.label)])).toEqual([
      ["Assessments", "Assessments completed", "Timeliness (within 45 working days)"],
      ["Child Protection Plans (CPP)", "No of children on CPP"],
      ["Children Looked After (LAC)", "No of full time LAC"],
      ["Contact and Referrals", "Number of initial contacts", "Number of referrals"],
      ["UASC Care Leavers", "Care leavers at period end"],
    ]);
  });

  it("places each chart under its table, drawing the table's own cells", () => {
    const charts = tables.flatMap((t) => t.charts.map((c) => ({ t, c })));
    expect(
      charts.map(({ c }) => [
        c.name,
        c.type,
        c.position.address,
        c.descriptionAddress,
        c.categoriesAddress,
        c.showLegend,
      ]),
    ).toEqual([
      ["CSC_chart_assessments", "ColumnClustered", "A18", "A35", "B14:F14", false],
      ["CSC_chart_timeliness", "LineMarkers", "G18", "A36", "B14:F14", false],
      ["CSC_chart_childProtection", "ColumnClustered", "A44", "A61", "B41:F41", false],
      ["CSC_chart_lookedAfter", "ColumnClustered", "A69", "A86", "B65:J65", false],
      ["CSC_chart_contacts", "ColumnClustered", "A94", "A111", "B90:F90", true],
      ["CSC_chart_uascCareLeavers", "LineMarkers", "A119", "A136", "B116:N116", false],
    ]);
    for (const { t, c } of charts) {
      expect([c.position.widthPt, c.position.heightPt]).toEqual([456, 252]);
      expect(c.categories).toEqual(t.header.slice(1));
      for (const s of c.series) {
        const row = t.rows.find((r) => r.label === s.name);
        expect(row).toBeDefined();
        expect(s.values).toEqual(row?.cells.map((x) => x.value));
      }
    }
  });

  it("reads each series from its row of the grid, labelled directly, the second in another colour", () => {
    expect(
      tableOf(p, "contacts").charts[0]?.series.map((s) => [
        s.nameAddress,
        s.valuesAddress,
        s.color,
        s.marker,
        s.dataLabels,
      ]),
    ).toEqual([
      ["A91", "B91:F91", "#1F4E79", "none", true],
      ["A92", "B92:F92", "#A04000", "none", true],
    ]);
    // Line charts mark their points, so a series differs by more than colour (WCAG 1.4.1).
    expect(tableOf(p, "uascCareLeavers").charts[0]?.series.map((s) => [s.valuesAddress, s.marker])).toEqual([
      ["B117:N117", "circle"],
    ]);
  });

  it("titles each chart and states its trend in words", () => {
    const [assessments, timeliness] = tableOf(p, "assessments").charts;
    expect(assessments).toMatchObject({
      title: "Child and Family Assessments completed",
      altTitle: "Child and Family Assessments completed (2017-18 to 2021-22)",
      altDescription:
        "Column chart of Assessments completed by financial year. Assessments completed rose from 18,496 in 2017-18 to 21,188 in 2021-22.",
      categoryAxisTitle: "Financial year",
      valueAxisTitle: "Assessments",
      valueFormat: "#,##0",
    });
    expect(timeliness).toMatchObject({ valueAxisTitle: "Share of assessments", valueFormat: "0.00%" });
    expect(tableOf(p, "lookedAfter").charts[0]?.altDescription).toBe(
      "Column chart of No of full time LAC by period. No of full time LAC rose from 1,267 in 2013-14 to 1,602 in 2019-20. " +
        "The highest was 1,664 in 2018-19.",
    );
  });
});
