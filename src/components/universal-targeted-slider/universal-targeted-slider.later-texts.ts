/**
 * The slider's texts that no first screen shows: what each gap in a portfolio means and
 * where its advice comes from. Only the later chunk (views/portfolio.ts) imports this
 * module, so a first visit does not download it; the messages are in the `ut-later`
 * text group (LAZY_GROUPS in scripts/build-locales.mjs). Functions, not constants:
 * msg() must run at render time to follow the active locale.
 */
import { msg, str } from '@lit/localize';
import { SLIDER_GAP_CREDITS, type SliderGapId } from '../../core/proportionate/index.js';
import { provenanceText } from '../../internal/provenance.js';

/** What each gap in a portfolio means; `stop` is the name of the crowded stop. */
export function gapTexts(stop: string): Record<SliderGapId, string> {
  return {
    'no-universal-base': msg('No universal base: nothing is open to every family. Families who are not yet known to any service, or who need just a little more, have no easy way in. INCh recommends a strong local social policy for all residents, broader than the clients of the OCMW.', { id: 'ut.gap.no-universal-base' }),
    'no-proportionate-middle': msg('No proportionate middle: nothing adds extra help to an offer for all. Families just above the criteria of targeted help fall in between. A good practice of “Kinderen eerst”: a basic offer for all families, with measures adapted to the most vulnerable.', { id: 'ut.gap.no-proportionate-middle' }),
    'nothing-for-most-needs': msg('Nothing for the families with the most needs: everything is for everyone, so those who need most may be reached late or not at all. INCh recommends that front-line workers go out to families and combine material and immaterial support.', { id: 'ut.gap.nothing-for-most-needs' }),
    'all-in-one-place': msg(str`Everything in one place: all services sit at ${stop}. A network needs a mix along the line.`, { id: 'ut.gap.all-in-one-place' }),
  };
}

/** Where a gap's advice comes from, as one credit line (SLIDER_GAP_CREDITS). */
export function gapCredit(id: SliderGapId): string {
  const credit = SLIDER_GAP_CREDITS[id];
  return credit ? provenanceText(credit.provenance, credit.source) : provenanceText('reading');
}
