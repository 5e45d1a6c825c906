/**
 * The choice offered when the Settings' local authority is not one of DfE's councils and the
 * officer asked to compare: DfE's closest names, one of which the report can compare as (as
 * the CLI's --la does), without changing the Settings table.
 */
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import type { CouncilChoice } from "../report-flow";
import { BarTitle } from "./BarTitle";

/** Props of {@link CompareAsChoice}. */
export interface CompareAsChoiceProps {
  /** The Settings' local authority, as written. */
  readonly given: string;
  readonly message: string;
  readonly suggestions: readonly CouncilChoice[];
  readonly disabled?: boolean;
  /** Compares as the council with this DfE number and generates. */
  readonly onChoose: (code: string) => void;
}

/** The "not found" message with the councils to compare as. */
export function CompareAsChoice({ given, message, suggestions, disabled, onChoose }: CompareAsChoiceProps) {
  const [code, setCode] = useState(suggestions[0]?.code ?? "");
  const chosen = suggestions.find((s) => s.code === code);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="compare-as">
      <MessageBarBody>
        <BarTitle>Council not found</BarTitle>
        {`${message} Choose the council to compare as: the report uses it for “${given}”, the choice is kept with this workbook, and the Settings table is not changed. Or correct the Local authority in the Settings table.`}
        <Field label="Compare as">
          <RadioGroup value={code} onChange={(_, d) => setCode(d.value)} disabled={disabled}>
            {suggestions.map((s) => (
              <Radio key={s.code} value={s.code} label={`${s.name} (DfE ${s.code})`} />
            ))}
          </RadioGroup>
        </Field>
        <Button appearance="primary" disabledFocusable={disabled || !chosen} onClick={() => onChoose(code)}>
          {`Generate, compared as ${chosen?.name ?? "…"}`}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
