/**
 * The numbers the add-in's rules rest on, each named once with where it comes from. Every
 * layer reads them from here: the custom functions' defaults, the validator's fallbacks, the
 * Settings rows the template writes and the report's wording.
 */

/**
 * Working days from the referral within which a Child and Family Assessment should be
 * completed: "within 45 working days from the point of referral" (Working Together to
 * Safeguard Children 2023, HM Government, statutory guidance; the DfE's Children in need
 * statistics, table C2, report the share completed within it).
 */
export const ASSESSMENT_WORKING_DAYS = 45;

/**
 * The validator's default trend threshold: a figure that moves more than this share (25%)
 * from the period before is flagged as a warning, never an error. This is the add-in's own
 * choice, not a published rule: a slipped or doubled digit moves a figure by 90% or more
 * (1602 -> 16020), while the yearly moves in a local authority's published children's
 * services figures are mostly well under a quarter. A workbook may set its own in Settings
 * ("Trend warning threshold").
 */
export const DEFAULT_TREND_THRESHOLD = 0.25;
