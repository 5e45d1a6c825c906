/**
 * The SSDA903 rules this project checks, in the order they are reported: data (DfE's code,
 * severity, wording, fields, years) with each check beside it in the rules-* files. A new
 * year's rule is a new entry; a retired one gets `years.to`.
 */
import type { ReturnRule } from "../common/rules";
import type { ReturnRuleSpec } from "../types";
import type { Context903 } from "./context";
import { EPISODE_RULES } from "./rules-episodes";
import { FORMAT_RULES } from "./rules-format";
import { JOIN_RULES, UASC_RULES } from "./rules-uasc";

/** Every 903 rule with its check. */
export const RULES_903: readonly ReturnRule<Context903>[] = [
  ...FORMAT_RULES,
  ...EPISODE_RULES,
  ...UASC_RULES,
  ...JOIN_RULES,
];

/** The rules as data (for the docs and the pane's list of what is checked). */
export const RULE_SPECS_903: readonly ReturnRuleSpec[] = RULES_903.map((r) => r.spec);
