/**
 * Announces each validation's start, result and cancellation through Fluent's
 * AriaLiveAnnouncer, whichever tab started it (the Report tab, as it opens and on Generate,
 * validates too, while the Validate tab's own live region is hidden). Renders nothing.
 */
import { useAnnounce } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { ValidationState } from "../hooks/useValidation";
import { validationAnnouncement } from "../validation-words";

/** Props of {@link ValidationAnnouncer}. */
export interface ValidationAnnouncerProps {
  readonly validation: ValidationState;
}

/** The announcer (no DOM of its own). */
export function ValidationAnnouncer({ validation }: ValidationAnnouncerProps) {
  const { announce } = useAnnounce();
  const { running, result, cancelled } = validation;
  const said = useRef<{ running: boolean; result: unknown; cancelled: boolean }>({
    running: false,
    result: undefined,
    cancelled: false,
  });
  useEffect(() => {
    const prev = said.current;
    said.current = { running, result, cancelled };
    if (running && !prev.running) announce("Validating the workbook…", { polite: true });
    if (!running && result && result !== prev.result) {
      // The words the Validate tab shows (an empty workbook is "No performance tables", not "6 errors").
      announce(validationAnnouncement(result), { polite: true });
    }
    if (cancelled && !prev.cancelled) announce("Validation cancelled. Nothing was changed.", { polite: true });
  }, [running, result, cancelled, announce]);
  return null;
}
