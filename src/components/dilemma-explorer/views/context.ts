/**
 * What the explorer's view functions read and call: the element builds one of these
 * per render (explorerContext), so the views stay pure (state in, template out) and
 * hold no rules.
 */
import type { TemplateResult } from 'lit';
import { dilemmasOfKinds } from '../../../core/dilemmas/index.js';
import type {
  Dilemma, DilemmaKind, DilemmaPositions, DilemmaProfile, DilemmaRoomSplits, DilemmaWorkshopMove, DilemmaWorkshopStep,
} from '../../../core/dilemmas/index.js';
import { cardTexts } from '../card-texts.js';
import type { DilemmaTexts } from '../detail-texts.js';
import type { SamenDilemmaExplorer } from '../dilemma-explorer.component.js';
import type { Later } from '../details.js';

/** What reflection mode shows: the dilemmas of one kind, or the profile. */
export type DilemmaView = DilemmaKind | 'profile';

/** The explorer's state and actions, as the views see them. */
export interface DxContext {
  /**
   * Every dilemma's texts in the active language. Their details' part (stakes,
   * questions, quote) is there once the later part is in: only its views read it.
   */
  texts: Record<string, DilemmaTexts>;
  /** The kinds shown, in display order. */
  kinds: DilemmaKind[];
  /** The dilemmas of those kinds, in catalogue order. */
  shown: Dilemma[];
  positions: DilemmaPositions;
  priorities: string[];
  splits: DilemmaRoomSplits;
  profile: DilemmaProfile;
  step: DilemmaWorkshopStep;
  view: DilemmaView;
  /** True when the element is in presentation mode. */
  presentation: boolean;
  /** A visible note about a count that was corrected, per dilemma id. */
  corrected: { id: string; text: string } | null;
  place(id: string, position: number | null): void;
  togglePriority(id: string): void;
  movePriority(id: string, delta: number, button: HTMLElement): void;
  count(id: string, stop: number, input: HTMLInputElement): void;
  bump(id: string, stop: number, delta: number): void;
  clearCount(id: string): void;
  go(move: DilemmaWorkshopMove): void;
  selectView(view: DilemmaView): void;
  /**
   * What shows instead of the details, the profile and the workshop while their texts
   * load (a loading line, or why they could not be loaded); null once they are in.
   */
  waiting: TemplateResult | null;
  /** The later part's views, once they and their texts are in (null until then). */
  later: Later | null;
  /** Asks for those texts (a dilemma's details were opened). */
  want(): void;
}

/** The context of an explorer's current state: its state, its actions, and the later part when it is in. */
export function explorerContext(el: SamenDilemmaExplorer): DxContext {
  const a = el.actions;
  const later = el.details.later;
  return {
    // Until the later part is in, only the cards' texts: no view that reads the details shows then.
    texts: later ? later.dilemmaTexts() : (cardTexts() as Record<string, DilemmaTexts>), kinds: el._kinds, shown: dilemmasOfKinds(el._kinds), positions: el._positions,
    priorities: el._priorities, splits: el._splits, profile: el.profile, step: el._step, view: el.view,
    presentation: el.presentation, corrected: el.corrected,
    place: (id, p) => a.place(id, p), togglePriority: (id) => a.togglePriority(id),
    // Shown by later views only, so the later part is in: run() calls them at once.
    movePriority: (id, d, b) => a.run((l) => l.movePriority(a, id, d, b)), count: (id, s, i) => a.run((l) => l.count(a, id, s, i)),
    bump: (id, s, d) => a.run((l) => l.bump(a, id, s, d)), clearCount: (id) => a.run((l) => l.clearCount(a, id)),
    go: (m) => a.run((l) => l.go(a, m)),
    selectView: (v) => { el._view = v; el.requestUpdate('view'); },
    later, waiting: el.details.ready ? null : el.details.placeholder(), want: () => el.details.want(true),
  };
}
