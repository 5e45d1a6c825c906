/**
 * How the officer's table lines up with a dataset's columns: one row per column, with a
 * choice (a labelled select) where the match is unsure or nothing was found.
 */
import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { ColumnMatch, HeaderMatch } from "../../core/workbook";
import { columnText, needsChoice, orientationText } from "../mapping-text";
import { ITEM_STYLE, LIST_STYLE } from "./list-styles";

const useStyles = makeStyles({
  list: LIST_STYLE,
  item: ITEM_STYLE,
  unsure: { borderLeftColor: tokens.colorPaletteYellowBorderActive },
  missing: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  header: { fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link MappingMatch}. */
export interface MappingMatchProps {
  readonly match: HeaderMatch;
  /** The officer chose the label at `index` (undefined: none) for the column `key`. */
  readonly onChoose: (key: ColumnMatch["column"]["key"], index: number | undefined) => void;
  readonly disabled?: boolean;
}

/** The match, column by column. */
export function MappingMatch({ match, onChoose, disabled }: MappingMatchProps) {
  const s = useStyles();
  return (
    <>
      <Text as="p" className={s.note}>
        {orientationText(match)}
      </Text>
      <ul className={s.list} aria-label="Columns">
        {match.columns.map((c) => {
          const choose = c.status === "unsure" || c.status === "missing";
          // Only what needs the officer is marked: a guess to check (yellow), a required column
          // with nothing chosen (red). An absent optional column is not a problem.
          const tone = !needsChoice(c) ? undefined : c.chosen ? s.unsure : s.missing;
          return (
            <li key={c.column.key} className={tone ? `${s.item} ${tone}` : s.item}>
              <span className={s.header}>
                {c.column.header}
                {c.column.required ? "" : " (optional)"}
              </span>
              <span>{columnText(c)}</span>
              {choose && c.candidates.length > 0 && (
                <Field label={`Where is “${c.column.header}”?`}>
                  <Select
                    value={c.chosen === undefined ? "" : String(c.chosen.index)}
                    onChange={(_, d) => onChoose(c.column.key, d.value === "" ? undefined : Number(d.value))}
                    disabled={disabled}
                  >
                    <option value="">Not in this table</option>
                    {c.candidates.map((x) => (
                      <option key={x.index} value={String(x.index)}>
                        {x.label}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
