/**
 * The choice offered when the Settings' local authority is not one of DfE's councils and the
 * officer asked to compare: a searchable list of every council DfE publishes (by name, other
 * name, LA number or ONS code), starting on DfE's closest name, which the report compares as (as
 * the CLI's --la does) without changing the Settings table. A Fluent UI Combobox filtered as
 * the officer types: https://react.fluentui.dev/?path=/docs/components-combobox--docs
 */
import { Button, Combobox, Field, MessageBar, MessageBarBody, Option } from "@fluentui/react-components";
import { useState } from "react";
import { type CouncilOption, filterCouncils } from "../../core/benchmarks";
import type { CouncilChoice } from "../report-flow";
import { BarTitle } from "./BarTitle";

/** Props of {@link CompareAsChoice}. */
export interface CompareAsChoiceProps {
  /** The Settings' local authority, as written. */
  readonly given: string;
  readonly message: string;
  /** DfE's closest names: the first is chosen to start with. */
  readonly suggestions: readonly CouncilChoice[];
  /** Every council DfE publishes. */
  readonly councils: readonly CouncilOption[];
  readonly disabled?: boolean;
  /** Compares as the council with this LA number and generates. */
  readonly onChoose: (code: string) => void;
}

/** The "not found" message with the councils to compare as. */
export function CompareAsChoice({ given, message, suggestions, councils, disabled, onChoose }: CompareAsChoiceProps) {
  const [code, setCode] = useState(suggestions[0]?.code ?? "");
  const chosen = councils.find((c) => c.code === code);
  const [typed, setTyped] = useState(chosen?.label ?? "");
  // The chosen council's own label shows the whole list; anything else typed narrows it.
  const shown = filterCouncils(councils, typed === chosen?.label ? "" : typed);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="compare-as">
      <MessageBarBody>
        <BarTitle>Council not found</BarTitle>
        {`${message} Choose the council to compare as: the report uses it for “${given}”, the choice is kept with this workbook, and the Settings table is not changed. Or correct the Local authority in the Settings table.`}
        <Field label="Compare as" hint="Type part of the council's name, or its LA number, to find it.">
          <Combobox
            value={typed}
            selectedOptions={code ? [code] : []}
            onChange={(e) => setTyped(e.target.value)}
            onOptionSelect={(_, d) => {
              setCode(d.optionValue ?? "");
              setTyped(d.optionText ?? "");
            }}
            disabled={disabled}
          >
            {shown.map((c) => (
              <Option key={c.code} value={c.code} text={c.label}>
                {c.label}
              </Option>
            ))}
            {shown.length === 0 && (
              <Option disabled value="" text="">
                {`No council of DfE's matches “${typed.trim()}”.`}
              </Option>
            )}
          </Combobox>
        </Field>
        <Button appearance="primary" disabledFocusable={disabled || !chosen} onClick={() => onChoose(code)}>
          {`Generate, compared as ${chosen?.name ?? "…"}`}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
