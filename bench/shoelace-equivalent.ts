/**
 * The comparison for the benchmark: what an editor would build from a general-purpose
 * component library instead of samen. Shoelace's radio groups, range and card, holding
 * the same questions as samen's role recommender and slider (English only: Shoelace
 * brings no content). Cherry-picked imports, as Shoelace recommends for size.
 */
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/radio-button/radio-button.js';
import '@shoelace-style/shoelace/dist/components/range/range.js';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';

const QUESTIONS = [
  ['How committed are the partners to the network?', 'Little commitment', 'Strong commitment'],
  ['How far do the partners agree on what the network should do and how?', 'Broad agreement', 'Little agreement'],
  ['How did earlier collaboration between these partners go?', 'Mostly well', 'Badly, with friction'],
  ['How different are the partners from each other?', 'Very different', 'Much alike'],
  ['Why do the partners take part?', 'By their own choice', 'Because they must'],
  ['Do the same partners stay involved over time?', 'Yes, a stable group', 'No, partners come and go'],
  ['How much time can the partners invest in the network?', 'Plenty of time', 'Little time'],
  ['Do the partners see real added value in the network?', 'Yes, real added value', 'Little or none'],
  ['How much do the partners trust the lead organisation?', 'A lot of trust', 'Limited trust'],
];

/** Builds one equivalent form: nine radio groups, a range and a result card. */
export function buildEquivalentForm(index: number): HTMLElement {
  const form = document.createElement('form');
  QUESTIONS.forEach(([label, a, b], q) => {
    const group = document.createElement('sl-radio-group');
    group.setAttribute('label', label);
    group.setAttribute('name', `q${index}-${q}`);
    for (const [value, text] of [['a', a], ['b', b], ['', "Don't know"]]) {
      const radio = document.createElement('sl-radio-button');
      radio.setAttribute('value', value);
      radio.textContent = text;
      group.append(radio);
    }
    form.append(group);
  });
  const range = document.createElement('sl-range');
  range.setAttribute('label', 'Universal or targeted');
  range.setAttribute('min', '0');
  range.setAttribute('max', '100');
  form.append(range);
  const card = document.createElement('sl-card');
  card.textContent = 'Answer one or more questions to see which coordinator role fits your network best.';
  const button = document.createElement('sl-button');
  button.textContent = 'Start again';
  card.append(button);
  form.append(card);
  return form;
}

/** The Shoelace elements inside a container, to wait for their first render. */
export function shoelaceElements(root: ParentNode): Array<HTMLElement & { updateComplete?: Promise<unknown> }> {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('sl-'));
}
