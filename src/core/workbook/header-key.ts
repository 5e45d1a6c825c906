/**
 * The one header matcher. The pane's column mapping, the workbook reader (Excel's and the
 * command line's, both through locate.ts), set-up and the Settings rows all compare an
 * officer's header with the layout's through {@link headerKey}, so the pane never says
 * "Found: Number of referrals" for a column the reader then cannot find.
 *
 * Two headers are the same when they differ only in case, spacing, punctuation ("Re-referrals"
 * = "re referrals", "Timeliness %" = "Timeliness"), "&" for "and", or a counting phrase in
 * front ("Number of contacts" = "No. of contacts" = "Contacts").
 */

/**
 * The counting phrases an officer's header may put in front of the layout's ("Number of
 * referrals" for "Referrals"), as they read once punctuation is dropped ("No. of" reads "no of").
 */
export const HEADER_PREFIXES: readonly string[] = ["number of", "numbers of", "no of", "nr of", "num of", "count of"];

const PREFIX = new RegExp(`^(?:${HEADER_PREFIXES.join("|")})\\s+`);

/**
 * The words of a header as the matcher reads them: lower case, "&" read as "and", every run
 * of punctuation and spacing one space, a leading counting phrase dropped.
 */
export function headerWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(PREFIX, "");
}

/** The key two headers are compared by: {@link headerWords} with the spaces dropped. */
export function headerKey(text: string): string {
  return headerWords(text).replace(/\s+/g, "");
}
