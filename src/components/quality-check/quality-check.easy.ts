/**
 * The easy-read texts a family sees with `reading-level="easy"` (issue 12), beside the
 * easy-read questions of quality-check.texts.ts: title, introduction, where the answers
 * go, the result's words and the tools that explain themselves.
 *
 * Written after the published rules of each language community: Klare Taal / Wablieft
 * (nl), FALC, facile à lire et à comprendre (fr), Leichte Sprache (de): very short
 * sentences, one message per line, the most familiar words, the reader addressed
 * directly, numbers as digits. Texts of several lines are arrays: each line is shown on
 * a line of its own. Not yet tested with readers, so not "easy-read" officially (README).
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/** Lines of text, each shown on its own line. */
export function linesView(lines: readonly string[], className = ''): TemplateResult {
  return html`<p class="lines ${className}">${lines.map((line) => html`<span class="line">${line}</span>`)}</p>`;
}

/** Every easy-read text but the questions and answer words; `skip` is the skip option's label. */
export function easyTexts(skip: string) {
  return {
    title: msg('Is this place easy for you?', { id: 'qc.easy.title', desc: 'Easy-read title for parents: one short question.' }),
    titleService: (service: string) => msg(str`Is ${service} easy for you?`, { id: 'qc.easy.title.service', desc: 'Easy-read title; the placeholder is the name of the service.' }),
    intro: [
      msg('Think of 1 place that helps your family.', { id: 'qc.easy.intro.place', desc: 'Easy-read, one line. Numbers as digits.' }),
      msg('For example: the childcare or the family centre.', { id: 'qc.easy.intro.example', desc: 'Easy-read, one line: two places every parent knows, as they are called locally.' }),
    ],
    introService: (service: string) => [msg(str`These questions are about ${service}.`, { id: 'qc.easy.intro.service' })],
    how: [
      msg('Read each question.', { id: 'qc.easy.intro.read' }),
      msg('Choose the answer that is true for you.', { id: 'qc.easy.intro.choose' }),
      msg(str`You do not want to answer? Choose “${skip}”.`, { id: 'qc.easy.intro.skip', desc: 'Easy-read, one line. The placeholder is the label of the skip option.' }),
    ],
    onDevice: [
      msg('Your answers stay on this phone or computer.', { id: 'qc.easy.end.device' }),
      msg('Nothing is sent.', { id: 'qc.easy.end.device2' }),
    ],
    withForm: [
      msg('Your answers are part of this form.', { id: 'qc.easy.end.form' }),
      msg('You send the form. Then your answers go with it.', { id: 'qc.easy.end.form2' }),
    ],
    thanks: [
      msg('Thank you!', { id: 'qc.easy.end.thanks' }),
      msg('Your answers are sent.', { id: 'qc.easy.end.thanks2' }),
    ],
    empty: [
      msg('Answer 1 question or more.', { id: 'qc.easy.result.empty' }),
      msg('Then you see the result here.', { id: 'qc.easy.result.empty2' }),
    ],
    caption: msg('Your score for each topic. 100 is very easy. 0 is very hard.', { id: 'qc.easy.table.caption' }),
    weakestTitle: msg('Your topics: the hardest first', { id: 'qc.easy.weakest.title' }),
    skipNote: msg(str`You chose “${skip}”? Then that question does not count.`, { id: 'qc.easy.skipNote' }),
    dialogue: [
      msg('There are no wrong answers.', { id: 'qc.easy.dialogue' }),
      msg('Your answers help the service to get better.', { id: 'qc.easy.dialogue2' }),
    ],
    keep: msg('Keep my answers on this phone or computer', { id: 'qc.easy.store.label' }),
    keepHint: [msg('Then you can go on later.', { id: 'qc.easy.store.hint' })],
    forget: msg('Delete my answers from this phone or computer', { id: 'qc.easy.store.delete' }),
    resetAsk: msg('Delete all your answers and start again?', { id: 'qc.easy.reset.ask' }),
    resetYes: msg('Yes, delete them', { id: 'qc.easy.reset.yes' }),
    credit: msg('Pictures: OpenMoji (openmoji.org), licence CC BY-SA 4.0.', { id: 'qc.easy.credit', desc: 'Credit of the pictograms; keep the names and the licence as they are.' }),
  };
}

/** The easy-read texts' type, for the views. */
export type EasyTexts = ReturnType<typeof easyTexts>;
