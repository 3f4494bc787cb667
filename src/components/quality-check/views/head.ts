/**
 * The head of the quality checker: the title and introduction, naming the service when
 * the page gives one, and the full-screen button in presentation mode. A pure render function.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { flowTexts } from '../quality-check.first-texts.js';
import { linesView, type EasyTexts } from '../quality-check.easy.js';

/**
 * The element's heading at its `heading-level`: depth 0 is the title's level, 1 and 2
 * the levels below (the base element's `heading()`), so the views never hard-code h2-h4.
 */
export type Heading = (depth: 0 | 1 | 2, content: unknown, options?: { id?: string; className?: string }) => TemplateResult;

/** What the head needs. */
export interface HeadView {
  /** Family audience (plain words) or staff. */
  family: boolean;
  /** The service being rated, or ''. */
  service: string;
  /** The element's title template for a text (`heading-level`, `hide-title`), with an extra class. */
  title: (text: string, className: string) => TemplateResult;
  /** The full-screen button of presentation mode, or nothing. */
  fullscreen: unknown;
  /** The easy-read texts, for a family with `reading-level="easy"`. */
  easy?: EasyTexts;
}

/**
 * A class for a title with a long word, such as a service named "Consultatiebureau De
 * Linde" in a French sentence: on a narrow screen (presentation mode at 320 px) the
 * title gets smaller so the word fits whole, instead of breaking mid-word where no
 * reader expects it (hyphenation cannot help: the name is not in the page's language,
 * and Chromium on Linux has no hyphenation dictionaries). Only a word too long even
 * then still breaks at the edge, as a last resort. The sizes are in the styles.
 */
export function longWordClass(text: string): string {
  const longest = Math.max(0, ...text.split(/[\s\u2011-]+/).map((word) => word.length));
  return longest >= 23 ? 'longest-word' : longest >= 18 ? 'longer-word' : longest >= 12 ? 'long-word' : '';
}

/** Renders the title, the introduction and, when presenting, the full-screen button. */
export function headView(view: HeadView): TemplateResult {
  const texts = flowTexts();
  const { family, service, easy } = view;
  const title = (text: string) => view.title(text, longWordClass(text));
  if (easy) {
    return html`<header class="head">
      <div>
        ${title(service ? easy.titleService(service) : easy.title)}
        ${linesView([...(service ? easy.introService(service) : easy.intro), ...easy.how], 'intro')}
      </div>
      ${view.fullscreen}
    </header>`;
  }
  return html`<header class="head">
    <div>
      ${title(family
        ? service ? texts.titleFamily(service) : msg('How easy is this service for you?', { id: 'qc.title.family' })
        : service ? texts.titleStaff(service) : msg('How accessible is our service?', { id: 'qc.title.staff' }))}
      <p class="muted">${family
        ? service ? texts.introFamily(service) : msg('Think of one service you use, for example childcare, the family centre or the social welfare office. Choose the answer that fits your experience. You can skip any question.', { id: 'qc.intro.family', desc: 'Name local services a parent knows, as they are called in the language' })
        : msg('Answer for your own service, as honestly as you can. The result is a starting point for a conversation with families and partners, not a verdict.', { id: 'qc.intro.staff' })}</p>
    </div>
    ${view.fullscreen}
  </header>`;
}
