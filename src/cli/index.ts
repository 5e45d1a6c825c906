/**
 * csc-report: the add-in's validation and report generation over .xlsx files.
 *   csc-report template <out.xlsx> [--sample] [--force]
 *   csc-report validate <file.xlsx> [--json]
 *   csc-report generate <in.xlsx> -o <out.xlsx> [--year 2021-22] [--html report.html] [--pptx deck.pptx] [--quarter-style range] [--compare england,region,neighbours] [--la 850] [--force] [--replace-report]
 *   csc-report benchmarks <la> [--year 2019-20]
 *   csc-report import <file|folder>... -o <book.xlsx> [--into existing.xlsx] [--year 2017-18] [--assessment-log] [--force]
 *   csc-report returns <file|folder>... [--year 2017-18] [--previous <file|folder>...] [--workbook book.xlsx] [--la 850] [--json]
 *   csc-report --version
 * Exit codes: 0 success (warnings allowed), 1 validation errors, 2 bad arguments, an
 * unreadable input or an output refused or not written (then nothing was written), always
 * with a one-line message naming the file and no stack trace. Every line printed is escaped
 * for the terminal (./terminal.ts); outputs are written through ./output.ts.
 */
import { Command, CommanderError, Option } from "commander";
import { validateCommand } from "./validate";
import { writeWorkbookTemplate } from "./template";
import { generateCommand } from "./generate";
import { benchmarksCommand } from "./benchmarks";
import { returnsCommand } from "./returns";
import { importCommand } from "./returns-import";
import type { FinancialYear, QuarterStyle } from "../core/dates";
import type { Comparator } from "../core/benchmarks";
import { QUARTER_STYLES, comparatorsArg, financialYearArg } from "./args";
import { processIo, reason, safeIo, type Io } from "./io";
import { packageVersion } from "./repo-files";
import { commitAwaited, type WriteOptions } from "./output";

export type { Io } from "./io";
export { terminalSafe } from "./terminal";
export { afterCommit, removeTemporariesNow } from "./output";
export { readWorkbookFile, readWorkbookBytes } from "./read-xlsx";
export { writeWorkbookTemplate, templateBytes, loadSampleWorkbook, samplePath } from "./template";
export { validateCommand, issuesJson, issuesText, summaryLine } from "./validate";

/**
 * The test hooks for a crash half way: with CSC_REPORT_TEST_PAUSE_BEFORE_COMMIT=<ms>, a
 * command that writes says so on stderr once its temporaries are written and waits that
 * long before putting them in place, so a test can kill it there; with
 * CSC_REPORT_TEST_PAUSE_BETWEEN_RENAMES=<ms> it pauses after the first of its outputs is in
 * place (the pause ends early once a signal waits for the commit). Unset, there is no pause.
 */
function pauseHooks(io: Io): Pick<WriteOptions, "beforeCommit" | "betweenRenames"> {
  const pause = (variable: string, words: string): (() => Promise<void>) | undefined => {
    const ms = Number(process.env[variable]);
    if (!Number.isFinite(ms) || ms <= 0) return undefined;
    return async () => {
      io.stderr(`csc-report: paused ${words} (test hook)`);
      const until = Date.now() + ms;
      while (Date.now() < until && !commitAwaited()) await new Promise((done) => setTimeout(done, 20));
    };
  };
  const beforeCommit = pause("CSC_REPORT_TEST_PAUSE_BEFORE_COMMIT", "before commit");
  const betweenRenames = pause("CSC_REPORT_TEST_PAUSE_BETWEEN_RENAMES", "between renames");
  return { ...(beforeCommit ? { beforeCommit } : {}), ...(betweenRenames ? { betweenRenames } : {}) };
}

function program(io: Io, setCode: (code: number) => void): Command {
  // Commander writes whole blocks (help); the Io takes one line per call.
  const lines = (write: (line: string) => void) => (text: string) => {
    for (const line of text.replace(/\n$/, "").split("\n")) write(line);
  };
  const hook = pauseHooks(io);
  const cmd = new Command("csc-report")
    .description("Validate the children's services performance workbook and generate the Safeguarding Report")
    .version(packageVersion(), "-V, --version", "print the version")
    .exitOverride()
    .configureOutput({ writeOut: lines(io.stdout), writeErr: lines(io.stderr) })
    .showHelpAfterError(false);

  cmd
    .command("template")
    .description("write the empty performance workbook, or the sample with --sample")
    .argument("<out.xlsx>", "the file to write")
    .option("--sample", "fill it with the sample data")
    .option("--force", "replace the file if it exists")
    .action(async (out: string, opts: { sample?: boolean; force?: boolean }) => {
      try {
        await writeWorkbookTemplate(out, { sample: opts.sample === true, force: opts.force === true, ...hook });
        io.stdout(`wrote ${out}`);
        setCode(0);
      } catch (e) {
        io.stderr(`csc-report: ${reason(e)}`);
        setCode(2);
      }
    });

  cmd
    .command("validate")
    .description("check a performance workbook and list every issue with its cell (never changes the file)")
    .argument("<file.xlsx>", "the workbook to check")
    .option("--json", 'print {"issues":[...]} as JSON')
    .action(async (file: string, opts: { json?: boolean }) =>
      setCode(await validateCommand(file, { json: opts.json === true }, io)),
    );

  cmd
    .command("generate")
    .description("validate, then write a copy with the Safeguarding Report sheet (and an HTML report)")
    .argument("<in.xlsx>", "the performance workbook")
    .requiredOption("-o, --output <out.xlsx>", "the workbook to write")
    .option("--year <year>", "report year, e.g. 2021-22 (default: the Settings table's)", financialYearArg("2021-22"))
    .option("--html <file>", "also write the report as accessible HTML")
    .option("--pptx <file>", "also write the Performance and Activity section as 16:9 slides (.pptx)")
    .addOption(
      new Option("--quarter-style <style>", 'quarter labels: "end-month" (Jun-2019) or "range" (Apr-Jun 2019)').choices(
        QUARTER_STYLES,
      ),
    )
    .option(
      "--compare <list>",
      "compare with DfE's published figures: england, region, neighbours (comma-separated)",
      comparatorsArg,
    )
    .option("--la <council>", "the council to compare as, when the Settings' name is not DfE's (name or DfE number)")
    .option("--force", "replace -o, --html and --pptx if they exist")
    .option(
      "--replace-report",
      "replace a sheet at the report's name that csc-report did not write, or one edited since",
    )
    .action(async (input: string, opts: GenerateArgs) => {
      const code = await generateCommand(input, {
        output: opts.output,
        force: opts.force === true,
        replaceReport: opts.replaceReport === true,
        ...hook,
        ...(opts.year !== undefined ? { year: opts.year } : {}),
        ...(opts.html !== undefined ? { html: opts.html } : {}),
        ...(opts.pptx !== undefined ? { pptx: opts.pptx } : {}),
        ...(opts.compare !== undefined ? { compare: opts.compare } : {}),
        ...(opts.la !== undefined ? { la: opts.la } : {}),
        ...(opts.quarterStyle !== undefined ? { quarterStyle: opts.quarterStyle } : {}),
        log: io.stdout,
        error: io.stderr,
      });
      setCode(code);
    });
  cmd
    .command("benchmarks")
    .description("print a council's published DfE figures beside England, its region and its statistical neighbours")
    .argument("<la>", 'the council: its name ("Hampshire County Council") or DfE number (850)')
    .option(
      "--year <year>",
      "financial year, e.g. 2019-20 (default: each indicator's latest)",
      financialYearArg("2019-20"),
    )
    .action(async (la: string, opts: { year?: FinancialYear }) =>
      setCode(await benchmarksCommand(la, opts.year !== undefined ? { year: opts.year } : {}, io)),
    );
  cmd
    .command("returns")
    .description(
      "read the SSDA903 return (CSV tables or XML) and the children in need census (XML): figures, DfE's rules, and a reconciliation with the workbook",
    )
    .argument("<files...>", "the return's files or folders")
    .option(
      "--year <year>",
      "collection year, e.g. 2017-18 (default: told from the episodes' dates)",
      financialYearArg("2017-18"),
    )
    .option(
      "--previous <files...>",
      "last year's return or census: the 903's continuity rules (502, NoE, 205A-D), the census's re-referrals",
    )
    .option("--workbook <book.xlsx>", "compare the figures with the performance workbook's")
    .option(
      "--la <council>",
      "compare with DfE's published figures for this council (default: the workbook's Settings, else the census header's LEA)",
    )
    .option("--json", "print {figures, findings, problems, reconciliation, council} as JSON")
    .action(async (files: string[], opts: ReturnsArgs) =>
      setCode(
        await returnsCommand(
          files,
          {
            json: opts.json === true,
            ...(opts.year !== undefined ? { year: opts.year } : {}),
            ...(opts.previous !== undefined ? { previous: opts.previous } : {}),
            ...(opts.workbook !== undefined ? { workbook: opts.workbook } : {}),
            ...(opts.la !== undefined ? { la: opts.la } : {}),
          },
          io,
        ),
      ),
    );
  cmd
    .command("import")
    .description(
      "write the return's figures into the performance workbook (a new one, or a copy of --into filling only empty cells)",
    )
    .argument("<files...>", "the return's files or folders")
    .requiredOption("-o, --output <book.xlsx>", "the workbook to write")
    .option("--into <existing.xlsx>", "start from this workbook (never changed; what differs is listed)")
    .option(
      "--year <year>",
      "collection year, e.g. 2017-18 (default: told from the episodes' dates)",
      financialYearArg("2017-18"),
    )
    .option(
      "--assessment-log",
      "also write the census's Assessment Log rows (one per child's assessment: child-level data)",
    )
    .option("--force", "replace -o if it exists")
    .action(
      async (
        files: string[],
        opts: { output: string; into?: string; year?: FinancialYear; assessmentLog?: boolean; force?: boolean },
      ) =>
        setCode(
          await importCommand(
            files,
            {
              output: opts.output,
              force: opts.force === true,
              ...hook,
              ...(opts.into !== undefined ? { into: opts.into } : {}),
              ...(opts.year !== undefined ? { year: opts.year } : {}),
              ...(opts.assessmentLog === true ? { assessmentLog: true } : {}),
            },
            io,
          ),
        ),
    );
  return cmd;
}

interface ReturnsArgs {
  readonly year?: FinancialYear;
  readonly previous?: string[];
  readonly workbook?: string;
  readonly la?: string;
  readonly json?: boolean;
}

interface GenerateArgs {
  readonly output: string;
  readonly year?: FinancialYear;
  readonly html?: string;
  readonly pptx?: string;
  readonly quarterStyle?: QuarterStyle;
  readonly compare?: readonly Comparator[];
  readonly la?: string;
  readonly force?: boolean;
  readonly replaceReport?: boolean;
}

/**
 * Runs the CLI.
 * @param argv the arguments after the program name (process.argv.slice(2)).
 * @param io where output goes (the process's streams by default).
 * @returns the exit code.
 */
export async function main(argv: readonly string[], out: Io = processIo()): Promise<number> {
  const io = safeIo(out);
  let code = 2;
  const cmd = program(io, (c) => (code = c));
  if (argv.length === 0) {
    io.stderr(cmd.helpInformation().trimEnd());
    return 2;
  }
  try {
    await cmd.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are successes; any other commander error is a bad argument.
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help"
        ? 0
        : 2;
    }
    io.stderr(`csc-report: ${reason(e)}`);
    return 2;
  }
}
