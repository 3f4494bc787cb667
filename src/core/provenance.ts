/**
 * Where a claim shown by a widget comes from. Every widget marks each claim with one of
 * three provenances, so a reader can tell a research finding from an illustration and
 * from what the tool itself made of the research:
 *
 * - `finding`: a finding of a named source (a study, the research's own conclusions);
 * - `example`: an example a source gives (a practice, a quote, an illustration);
 * - `reading`: the tool's own reading: a text samen wrote to make a source usable
 *   (a stake, a consequence, a modelling choice), not something a source found.
 *
 * Ids only; the elements turn them into text (src/internal/provenance.ts).
 */

/** The three provenances, strongest evidence first. */
export const PROVENANCES = ['finding', 'example', 'reading'] as const;
/** How a claim is backed; see {@link PROVENANCES}. */
export type Provenance = (typeof PROVENANCES)[number];

/**
 * The sources the widgets credit, by id. One list for every widget, so the same source
 * is credited with the same words everywhere:
 * - `inch`: the INCh research project (Integrated Networks to combat Child poverty,
 *   UAntwerpen, UGent, ULiège, 2014-2018), seeds 000-002;
 * - `kinderen-eerst`: the federal "Kinderen eerst" pilot study of 57 local platforms
 *   (POD Maatschappelijke Integratie, 2014-2015), seed 003;
 * - `demos-2014`: Demos's talk on the local networks for leisure participation
 *   (7 November 2014), with Raeymaeckers on network governance, seed 004;
 * - `samen`: the tool itself (only with provenance `reading`).
 */
export const SOURCE_IDS = ['inch', 'kinderen-eerst', 'demos-2014', 'samen'] as const;
/** A source id; see {@link SOURCE_IDS}. */
export type SourceId = (typeof SOURCE_IDS)[number];

/** A claim's credit: how it is backed and by whom. */
export interface Credit {
  /** Finding, example or the tool's own reading. */
  provenance: Provenance;
  /** The source credited; `samen` for the tool's own reading. */
  source: SourceId;
}
