import { EN, renderFinding } from "../../../src/core/workbook/messages";
import {
  ISSUE_CODES,
  finding,
  type FindingOf,
  type IssueCode,
  type IssueParams,
} from "../../../src/core/workbook/issues";
import { LAYOUT } from "../../../src/core/workbook/layout";

const codes = Object.keys(ISSUE_CODES) as IssueCode[];

/** The assessments dataset as locate.ts describes it in a structure finding. */
const ASSESSMENTS = {
  sheet: "Assessments",
  table: "tblAssessments",
  headers: "Year | Assessments completed | Completed within limit | Timeliness",
  header: "Year",
} as const;

/** One finding of each code, with the parameters its rule gives it on a real workbook. */
const EXAMPLES: { readonly [C in IssueCode]: IssueParams[C] } = {
  "sheet-missing": ASSESSMENTS,
  "table-missing": ASSESSMENTS,
  "table-renamed": { ...ASSESSMENTS, found: "Table1" },
  "no-table": ASSESSMENTS,
  "table-duplicate": {
    sheet: "Assessments",
    table: "tblAssessments",
    found: "Table3",
    used: "tblAssessments",
    usedAt: "Assessments!A1",
  },
  "table-name-duplicate": { sheet: "Assessments", usedAt: "Assessments!A1" },
  "column-missing": { column: "Timeliness", table: "tblAssessments", headers: "Year | Assessments completed" },
  "name-broken": { ...ASSESSMENTS, name: "CSC_Assessments", formula: "=#REF!" },
  "name-headers": {
    ...ASSESSMENTS,
    name: "CSC_Assessments",
    formula: "=Figures!$A$1:$C$9",
    column: "Timeliness",
    headers: "Year | Done | In time",
  },
  "no-data": { table: "tblContacts", across: false },
  "setting-missing": { setting: "Report year" },
  "setting-default": { setting: "Timeliness limit (working days)", value: "45" },
  "setting-duplicate": {
    setting: "Report year",
    firstCell: "B3",
    value: "2022-23",
    firstValue: "2021-22",
    same: false,
  },
  "setting-zero": { setting: "Timeliness limit (working days)", key: "timelinessLimit" },
  "setting-too-long": { setting: "Local authority", length: 312, max: 100 },
  "nts-rate-high": { setting: "NTS threshold rate (optional)", shown: "10%", max: "1%", meant: "0.1%" },
  "population-old": { estimateYear: "2015", age: 7, reportYear: "2022-23", limit: 2 },
  "population-implausible": { shown: "274" },
  blank: { what: "2021-22", column: "Assessments completed" },
  "formula-not-calculated": { what: "2021-22", column: "Assessments completed" },
  "number-as-text": { column: "Assessments completed", what: "2019-20", value: "19,712 ", number: 19712 },
  "not-a-number": { column: "Assessments completed", what: "2019-20", value: "n/a" },
  negative: { column: "Assessments completed", what: "2019-20", value: -1602 },
  "not-integer": { column: "Assessments completed", what: "2019-20", value: 1602.5 },
  "date-in-count": { column: "Assessments completed", what: "2019-20", date: "14/05/1904", value: 1596 },
  "share-out-of-range": { column: "Timeliness", what: "2019-20", value: "9261", shown: "926100%" },
  "date-unreadable": { column: "Referral date", what: "child C104", value: "31/02/2020" },
  "date-before-1900": { column: "Referral date", what: "child C104", value: "30", date: "30 January 1900" },
  "end-before-start": {
    what: "child C104",
    end: "Assessment completed",
    endDate: "01/03/2020",
    start: "Referral date",
    startDate: "14/03/2020",
  },
  "period-unreadable": { column: "Year", what: "row 5", value: "2019", kindNoun: "financial year", date: false },
  "period-as-date": { column: "Year", what: "row 5", value: "01/12/2011", period: "2011-12" },
  "period-wrong-kind": {
    column: "Year",
    what: "row 5",
    value: "Jun-2017",
    found: "quarter",
    kindNoun: "financial year",
    example: "2019-20",
  },
  "period-duplicate": { period: "2019-20", firstCell: "A4" },
  "period-missing": { after: "2017-18", from: "2018-19", to: "2019-20", count: 2, kindNoun: "financial year" },
  "period-order": { period: "2018-19", previous: "2019-20" },
  "part-above-whole": {
    what: "2019-20",
    part: "Completed within limit",
    whole: "Assessments completed",
    partValue: 17000,
    wholeValue: 16020,
  },
  "timeliness-mismatch": { what: "2019-20", stated: "92.6%", computed: "85.1%", within: 13636, completed: 16020 },
  "share-without-count": { what: "2019-20", stated: "92.6%", column: "Timeliness", count: "Assessments completed" },
  "log-timeliness-mismatch": {
    what: "2019-20",
    stated: "92.6%",
    computed: "88.4%",
    within: 442,
    completed: 500,
    limit: 45,
  },
  "uasc-above-quota": { value: 301, what: "Jun-2020", quota: 274, rate: "0.1%", population: 274300 },
  "report-year-missing": { table: "tblAssessments", year: "2022-23", noun: "row", line: "row" },
  "published-differs": {
    what: "referrals",
    council: "Hampshire",
    source: "Children in need, table C1",
    count: 2,
    years: "2019-20: 21,043, DfE 13,512; 2020-21: 22,404, DfE 14,030",
  },
  "published-close": {
    count: 2,
    council: "Hampshire",
    list: "2017-18 children looked after at 31 March (1,592, DfE 1,593); 2019-20 children looked after at 31 March (1,602, DfE 1,601)",
  },
  "trend-jump": {
    column: "Assessments completed",
    previous: "2018-19",
    what: "2019-20",
    direction: "rose",
    change: "900%",
    previousValue: 1602,
    value: 16020,
    threshold: "25%",
  },
  "more-issues": { count: 1234, code: "not-a-number" },
  "internal-error": { step: "trends" },
};

/** The exact message and hint of each example: what the officer reads. */
const TEXT: { readonly [C in IssueCode]: readonly [message: string, hint: string] } = {
  "sheet-missing": [
    'sheet "Assessments" not found',
    'add a sheet named "Assessments" holding an Excel table named "tblAssessments" with the headers Year | Assessments completed | Completed within limit | Timeliness (Set up workbook adds one), or give a renamed sheet its name back',
  ],
  "table-missing": [
    'no Assessments table and no header row starting "Year" on this sheet',
    'put the header row Year | Assessments completed | Completed within limit | Timeliness in row 1 from A1 and format it as an Excel table named "tblAssessments"',
  ],
  "table-renamed": [
    'the Assessments table here is named "Table1"',
    'rename it "tblAssessments" (Table Design > Table Name) so it is found even if the sheet is renamed',
  ],
  "no-table": [
    "the Assessments figures are a plain block of cells, not an Excel table",
    'select the block, choose Insert > Table (my table has headers) and name the table "tblAssessments"',
  ],
  "table-duplicate": [
    'a second table of Assessments figures: "Table3" has the same headers, but only the Assessments table (Assessments!A1) is read',
    "keep the figures in one table: copy any newer rows into the table that is read, then delete this one or change its headers",
  ],
  "table-name-duplicate": [
    "this table has the same name as the one the Assessments figures are read from (at Assessments!A1), so it is not read",
    "give this table another name (Table Design > Table Name), or move any newer rows into the table that is read and delete this one",
  ],
  "column-missing": [
    'column "Timeliness" not found in the Assessments table',
    'the headers here are Year | Assessments completed; add a column headed "Timeliness" or give a renamed header its name back',
  ],
  "name-broken": [
    "the Assessments figures are linked to a table of your own that is no longer in this workbook",
    'choose the table again in the pane\'s "Use my own tables", or remove the link there to use the Assessments table',
  ],
  "name-headers": [
    'your own table for the Assessments figures has no "Timeliness"',
    'its headers are Year | Done | In time; name a measure "Timeliness", or choose which column it is in the pane\'s "Use my own tables"',
  ],
  "no-data": ["the Contacts table has no rows of figures", "add a row under the header for each period, oldest first"],
  "setting-missing": [
    'setting "Report year" not found',
    'add a row to the Settings table with "Report year" in the Setting column and its value beside it',
  ],
  "setting-default": [
    'setting "Timeliness limit (working days)" is not set, so 45 is used',
    'add a row "Timeliness limit (working days)" to the Settings table with the value your authority uses',
  ],
  "setting-duplicate": [
    'setting "Report year" is given twice with different values: 2022-23 here, 2021-22 at B3, which is the one read',
    "keep one row for each setting: delete the other row or correct its label",
  ],
  "setting-zero": [
    'setting "Timeliness limit (working days)" is 0: no assessment can be completed within 0 working days, so every one would count as late',
    "type the limit in working days: 45 (Working Together to Safeguard Children)",
  ],
  "setting-too-long": [
    'setting "Local authority" is 312 characters long, more than 100: the report prints it in every page\'s header and footer, where Excel allows 255 characters in all',
    "type the council's name alone, in 100 characters or fewer, as DfE publishes it",
  ],
  "nts-rate-high": [
    'setting "NTS threshold rate (optional)" is 10%, above 1%: the NTS protocol\'s rates are 0.07% (from 1 July 2016) and 0.1% (from 24 August 2022)',
    "if you meant 0.1%, type it with the % sign (0.1%); or leave the cell blank to use the protocol's rate for each date",
  ],
  "population-implausible": [
    "the under-18 population is 274, far outside English councils' (ONS: about 400 in the Isles of Scilly to about 350,000 in Kent)",
    "type the council's own under-18 population from the ONS mid-year estimate (persons aged 0 to 17), in full, e.g. 274,300 rather than 274.3",
  ],
  "population-old": [
    "the under-18 population is the mid-2015 estimate, 7 years before the 2022-23 report year (more than 2)",
    "ONS publishes a mid-year population estimate every year: use the latest (ONS mid-year estimates, persons aged 0 to 17) and update both settings",
  ],
  blank: ["Assessments completed missing for 2021-22", "type the Assessments completed for 2021-22 in this cell"],
  "formula-not-calculated": [
    "Assessments completed for 2021-22 is a formula whose result the file does not hold, so its figure cannot be read",
    "open the workbook in Excel (or LibreOffice) and save it, so each formula's result is stored with it: the file was written by a program that does not calculate",
  ],
  "number-as-text": [
    'number stored as text: "19,712 " in Assessments completed for 2019-20',
    'retype it as the number 19,712 (no spaces or quote mark), or use Excel\'s "Convert to Number"',
  ],
  "not-a-number": [
    '"n/a" is not a number (Assessments completed for 2019-20)',
    "type the Assessments completed figure as a number",
  ],
  negative: [
    "Assessments completed for 2019-20 is negative (-1,602)",
    "a count cannot be below 0: check the sign and the source figure",
  ],
  "not-integer": [
    "Assessments completed for 2019-20 is not a whole number (1,602.5)",
    "counts of children, assessments and contacts are whole numbers: check the source figure",
  ],
  "date-in-count": [
    "Assessments completed for 2019-20 is formatted as a date (14/05/1904), so the count would be read as 1,596",
    "format the cell as a number (Home > Number Format > Number) and type the count; a date in this column is a slip",
  ],
  "share-out-of-range": [
    "Timeliness for 2019-20 is 926100%, outside 0% to 100%",
    "type the percentage with a % sign (92.6%), or as a share between 0 and 1 (0.926)",
  ],
  "date-unreadable": [
    '"31/02/2020" in Referral date for child C104 is not a date',
    "use an Excel date or text such as 01/04/2020 (day first) or 2020-04-01",
  ],
  "date-before-1900": [
    "30 in Referral date for child C104 is 30 January 1900, before 1 March 1900",
    "check the year: no record here is that old (a year typed with two digits, or a number in a date column, reads so); dates are read from 1 March 1900",
  ],
  "end-before-start": [
    "Assessment completed (01/03/2020) is before Referral date (14/03/2020) for child C104",
    "check both dates: an assessment cannot be completed before the referral",
  ],
  "period-unreadable": [
    '"2019" is not a financial year',
    "write financial years as 2019-20 (or 2019/20) and quarters as Jun-2017, Apr-Jun 2019 or 2020-21 Q1, typed as text",
  ],
  "period-as-date": [
    "the date 01/12/2011 is read as the financial year 2011-12: Excel turned the label into a date",
    "format the column as Text (Home > Number Format > Text) and type 2011-12 again, so Excel keeps it as written",
  ],
  "period-wrong-kind": [
    "Jun-2017 is a quarter, but this column holds financial years",
    "write a financial year here (for example 2019-20)",
  ],
  "period-duplicate": [
    "2019-20 appears twice (first at A4)",
    "keep one row per period: delete or correct the repeated one",
  ],
  "period-missing": [
    "no rows for 2018-19 to 2019-20 (2 financial years) after 2017-18",
    "insert a row after this one for each missing financial year; the sequence must run without gaps",
  ],
  "period-order": ["2018-19 comes after 2019-20: out of order", "sort the table by period, oldest first"],
  "part-above-whole": [
    "Completed within limit (17,000) is more than Assessments completed (16,020) for 2019-20",
    "Completed within limit counts some of the Assessments completed: check both figures",
  ],
  "timeliness-mismatch": [
    "timeliness for 2019-20 is 92.6%, but 13,636 of 16,020 within the limit is 85.1%",
    "correct the timeliness or the counts so they agree (allowing for rounding to 1%)",
  ],
  "share-without-count": [
    "Timeliness for 2019-20 is 92.6%, but Assessments completed is 0: a share of nothing cannot be stated",
    "check Assessments completed for 2019-20; if none were completed, leave Timeliness blank",
  ],
  "log-timeliness-mismatch": [
    "timeliness for 2019-20 is 92.6%, but the assessment log gives 88.4% (442 of 500 completed within 45 working days)",
    "check the summary figure against the log; a log that does not cover the whole year will differ",
  ],
  "uasc-above-quota": [
    "301 UASC looked after at Jun-2020 is above the National Transfer Scheme threshold of 274 (0.1% of 274,300 under-18s)",
    "above the threshold the authority may ask for new arrivals to be transferred; check the figure and the under-18 population setting",
  ],
  "report-year-missing": [
    "the Assessments table has no figures for the report year 2022-23",
    "add the 2022-23 row after the last row, or check the Report year setting",
  ],
  "published-differs": [
    "referrals differ from DfE's published figures for Hampshire (Children in need, table C1) in 2 years: 2019-20: 21,043, DfE 13,512; 2020-21: 22,404, DfE 14,030",
    "a gap this size usually means something else is counted (a local count against the statutory return's definition); correct the figures, or say in the report how they are counted",
  ],
  "published-close": [
    "2 figures are within a child or two of DfE's published figures for Hampshire: 2017-18 children looked after at 31 March (1,592, DfE 1,593); 2019-20 children looked after at 31 March (1,602, DfE 1,601)",
    "differences this small come from records added or corrected after the return, and DfE revises its tables; no action is needed unless you expected them to agree",
  ],
  "trend-jump": [
    "Assessments completed rose by 900% from 2018-19 (1,602) to 2019-20 (16,020), more than the 25% threshold",
    "check for a typing slip (an extra or missing digit); if the figure is right, no action is needed",
  ],
  "more-issues": ['and 1,234 more "not-a-number" issues in this column', "fix the ones listed and validate again"],
  "internal-error": [
    "the add-in failed while checking the trends between periods: this is a fault in the add-in, not in your workbook, so no report is made until it is fixed",
    "send this message and the add-in's version (shown at the foot of the task pane) to whoever supports the add-in; do not send the workbook, which holds children's records",
  ],
};

/** The example finding of `code`, at C14 on the Assessments sheet. */
function example<C extends IssueCode>(code: C): FindingOf<C> {
  return { code, severity: ISSUE_CODES[code], sheet: "Assessments", cell: "C14", params: EXAMPLES[code] };
}

it.each(codes)("words %s from its parameters exactly", (code) => {
  const issue = renderFinding(example(code));
  expect([issue.message, issue.hint]).toEqual(TEXT[code]);
  expect(issue.severity).toBe(ISSUE_CODES[code]);
});

it.each(codes)(
  "%s speaks an officer's words: no Excel table name in its message, no command, no signed percentage",
  (code) => {
    const issue = renderFinding(example(code));
    expect(issue.message).not.toMatch(/\btbl[A-Z]/);
    // A hint names a table only where the officer must type that name, and then in quotes.
    expect(issue.hint.replace(/"tbl[A-Za-z]+"/g, "")).not.toMatch(/\btbl[A-Z]/);
    for (const text of [issue.message, issue.hint]) {
      expect(text).not.toMatch(/csc-report|ItemNotFound|InvalidArgument|GeneralException/);
      // Not the workbook's plumbing: no structured reference, defined name, CSC_ name or formula,
      // no file name, and a council by its name or LA number, never "DfE 850".
      expect(text).not.toMatch(/\[#All\]|=tbl|defined name|\bCSC_|=#REF!|\$[A-Z]+\$\d/i);
      expect(text).not.toMatch(/\b[\w-]+\.(?:csv|xlsx|xlsm|xml|json)\b/i);
      expect(text).not.toMatch(/\bDfE \d{3}\b/);
      expect(text).not.toMatch(/[+-]\d+(\.\d+)?%|\d+\.\d\d+%(?<!0\.\d\d%)/);
    }
  },
);

it.each([
  [
    finding("blank", "UASC", "C9", {
      what: "Jun-2020",
      column: "UASC looked after",
      first: "Jun-2017",
      kindNoun: "quarter",
    }),
    "value missing for Jun-2020; every quarter from Jun-2017 needs a figure",
    "type the UASC looked after for Jun-2020 in this cell",
  ],
  [
    finding("no-data", "Contacts", "B1", { table: "tblContacts", across: true }),
    "the Contacts table has no rows of figures",
    "add a column for each period, oldest first, with the period in the header row",
  ],
  [
    finding("setting-duplicate", "Settings", "A7", {
      setting: "Report year",
      firstCell: "B3",
      value: "2022-23",
      firstValue: "2022-23",
      same: true,
    }),
    'setting "Report year" is given twice (first at B3)',
    "keep one row for each setting: delete the other row or correct its label",
  ],
  [
    finding("period-unreadable", "Assessments", "A5", {
      column: "Year",
      what: "row 5",
      value: "31/05/2020",
      kindNoun: "financial year",
      date: true,
    }),
    "the date 31/05/2020 is not a financial year",
    "Excel holds this cell as a date: format it as Text (Home > Number Format > Text) and type the period, e.g. 2019-20 or Jun-2017",
  ],
  [
    finding("period-missing", "Assessments", "A3", {
      after: "2017-18",
      from: "2018-19",
      to: "2018-19",
      count: 1,
      kindNoun: "financial year",
    }),
    "no row for 2018-19 after 2017-18",
    "insert a row after this one for each missing financial year; the sequence must run without gaps",
  ],
  [
    finding("trend-jump", "Assessments", "D6", {
      column: "Timeliness",
      previous: "2018-19",
      what: "2019-20",
      direction: "fell",
      points: "90",
      previousValue: "90.9%",
      value: "0.93%",
      threshold: "10",
    }),
    "Timeliness fell by 90 percentage points from 2018-19 (90.9%) to 2019-20 (0.93%), more than the 10 percentage point threshold",
    "check for a typing slip (an extra or missing digit); if the figure is right, no action is needed",
  ],
  [
    finding("setting-zero", "Settings", "B5", { setting: "NTS threshold rate (optional)", key: "ntsRate" }),
    'setting "NTS threshold rate (optional)" is 0: the National Transfer Scheme threshold would be 0 children, so any UASC would be above it',
    "leave the cell blank to use the NTS protocol's rate (0.1% from 24 August 2022), or type the rate with a % sign",
  ],
])("words the variant %# of a code from its parameters", (f, message, hint) => {
  expect(renderFinding(f)).toMatchObject({ message, hint });
});

it("has wording for exactly the codes there are", () => {
  expect(Object.keys(EN).sort()).toEqual([...codes].sort());
});

it("lays out every dataset's table with its header row from A1 and a unique name", () => {
  const names = LAYOUT.map((d) => d.table.toLowerCase());
  expect(new Set(names).size).toBe(names.length);
  expect(LAYOUT.every((d) => d.columns[0]?.required)).toBe(true);
});
