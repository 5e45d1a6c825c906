/**
 * "Set up workbook": the first thing a new workbook is offered instead of a list of missing
 * sheets. Adds the layout's missing sheets and tables (never changing what is there) and lists
 * what it added and what it left; on an empty workbook it can fill them with the sample
 * figures, labelled as sample: on an empty workbook the card is the first-run welcome, with
 * "Set up workbook" and "Try with sample figures" side by side. Protection is explained, with
 * what to do.
 */
import {
  Button,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isWorkbookEmpty, setUpWorkbook, type SetupResult } from "../../excel";
import { errorText } from "../errors";
import { sampleWorkbook } from "../sample";
import { ErrorBar } from "./ErrorBar";
import { BarTitle } from "./BarTitle";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    padding: "12px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: "4px 0 0", paddingLeft: "18px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

const SETUP_TEXT = {
  new: "This workbook does not have the performance tables yet. Set up workbook adds the sheets the report reads (Settings, Assessments, Child Protection, Looked After, Contacts, UASC and an assessment log), each with its table, headers, number formats and checks as you type.",
  missing:
    "Set up workbook adds the sheets and tables listed as missing below, with their headers, number formats and checks as you type.",
  any: "Set up workbook adds any of the report's sheets and tables this workbook lacks, with their headers, number formats and checks as you type.",
} as const;

/** Props of {@link SetupCard}. */
export interface SetupCardProps {
  /** "new": no dataset found (the full welcome); "missing": some are missing; "any": not yet validated. */
  readonly mode: "new" | "missing" | "any";
  /** Called after a set-up wrote something, to validate again. */
  readonly onDone: (result: SetupResult) => void;
  /** Moves focus to the button (the ribbon's "Set up workbook" opens the pane here). */
  readonly focus?: boolean;
  /** Opens "Use my own tables", for figures already kept in tables of the officer's own. */
  readonly onUseOwnTables?: () => void;
}

/** The set-up offer and its button. */
export function SetupCard({ mode, onDone, focus, onUseOwnTables }: SetupCardProps) {
  const s = useStyles();
  const [empty, setEmpty] = useState(false);
  const [sample, setSample] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [button, setButton] = useState<HTMLButtonElement | HTMLAnchorElement | null>(null);
  // The first-run welcome: an empty workbook gets two plain choices rather than a checkbox.
  const welcome = mode === "new" && empty;

  useEffect(() => {
    let live = true;
    isWorkbookEmpty()
      .then((e) => {
        if (live) setEmpty(e);
      })
      .catch(() => {
        // Not knowing only hides the sample option; setting up still works.
        if (live) setEmpty(false);
      });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (focus) button?.focus();
  }, [focus, button]);

  const run = async (withSample = sample) => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await setUpWorkbook(withSample && empty ? { sample: sampleWorkbook() } : {});
      onDone(result);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={s.root} aria-labelledby="csc-setup-title" data-testid="setup-card">
      <h3 id="csc-setup-title" className={s.title}>
        {mode === "missing"
          ? "Add the missing sheets"
          : welcome
            ? "Welcome: this workbook is empty"
            : "Set up this workbook for the report"}
      </h3>
      <Text as="p" className={s.note}>
        {SETUP_TEXT[mode]} Nothing already in the workbook is changed.
      </Text>
      {welcome && (
        <Text as="p" className={s.note}>
          Or try the add-in first: Try with sample figures fills the same tables with figures from Hampshire&apos;s
          published reports, labelled as sample.
        </Text>
      )}
      {empty && !welcome && (
        <Checkbox
          checked={sample}
          onChange={(_, d) => setSample(d.checked === true)}
          label="Fill them with sample figures to try the add-in (from Hampshire's published reports, labelled as sample)"
        />
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          ref={setButton}
          onClick={() => void run(welcome ? false : sample)}
          disabledFocusable={busy}
        >
          {busy ? "Setting up…" : "Set up workbook"}
        </Button>
        {welcome && (
          <Button onClick={() => void run(true)} disabledFocusable={busy}>
            Try with sample figures
          </Button>
        )}
      </div>
      {mode === "new" && onUseOwnTables && (
        <Text as="p" className={s.note}>
          Or, if your figures are already in tables of your own, tell the add-in which table holds what:{" "}
          <Link as="button" onClick={onUseOwnTables}>
            use my own tables
          </Link>
          .
        </Text>
      )}
      <ErrorBar message={error} onDismiss={() => setError(undefined)} title="Set up" />
    </section>
  );
}

/** What a set-up did, as a success message with its lists. */
export function SetupDone({ result }: { readonly result: SetupResult }) {
  const s = useStyles();
  const { added, left } = result;
  return (
    // Focus goes here once the set-up card has gone (hooks/useFocusRescue.ts).
    <MessageBar intent={added.length > 0 ? "success" : "info"} layout="multiline" data-focus-result tabIndex={-1}>
      <MessageBarBody>
        <BarTitle>
          {added.length > 0
            ? result.plan.sample
              ? "Workbook set up with sample figures"
              : "Workbook set up: type your figures into the new tables"
            : "Nothing to add"}
        </BarTitle>
        {added.length > 0 && (
          <ul className={s.list} aria-label="Added">
            {added.map((line) => (
              <li key={line}>{`${line} `}</li>
            ))}
          </ul>
        )}
        {added.length > 0 && !result.plan.sample && (
          <Text as="p" className={s.note}>
            Each column says what goes in it when you select a cell. Until the figures are in, validation lists the
            cells still to fill.
          </Text>
        )}
        {left.length > 0 && (
          <>
            <Text as="p" className={s.note}>
              Left as they were:
            </Text>
            <ul className={s.list} aria-label="Left as they were">
              {left.map((line) => (
                <li key={line}>{`${line} `}</li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
