/**
 * The Cabinet slides of a report plan as a .pptx file: the one call the CLI makes, and the
 * module the pane imports lazily (its own webpack chunk, with pptxgenjs and its JSZip), so the
 * pane's first load does not carry the deck writer.
 */
import { planDeck, type ReportPlan } from "../core/report";
import { writeDeck } from "./pptx";

/** The media type of a .pptx (IANA registration for PresentationML). */
export const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/**
 * Plans and writes the deck.
 * @returns the package's bytes and how many slides it has.
 */
export async function deckFile(plan: ReportPlan): Promise<{ readonly bytes: Uint8Array; readonly slides: number }> {
  const deck = planDeck(plan);
  return { bytes: await writeDeck(deck), slides: deck.slides.length };
}
