/**
 * Counted messages read right in all four languages: the real texts (src/generated,
 * built from locales/*.xlf by scripts/build-locales.mjs, which the test command runs
 * first) rendered through @lit/localize with 0, 1 and 2, so "1 mensen", "1 personnes"
 * or "Sur la base de 1 caractéristiques" fail here. French counts 0 and 1 as singular.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';

const LOCALES = ['en', 'nl', 'fr', 'de'] as const;
type Locale = (typeof LOCALES)[number];

// @lit/localize announces locale changes on `window`; node has none, an EventTarget will do.
(globalThis as { window?: unknown }).window ??= new EventTarget();
const { configureLocalization } = await import('@lit/localize');
const { countTexts } = await import('../../src/components/dilemma-explorer/dilemma-explorer.texts.js');
const { basisText } = await import('../../src/components/role-recommender/role-recommender.texts.js');
const { fileOutcomeText, responsesText } = await import('../../src/components/quality-report/quality-report.texts.js');

let setLocale: (locale: string) => Promise<void>;
before(async () => {
  const modules: Record<string, { templates: Record<string, unknown> }> = {};
  for (const locale of LOCALES) {
    // Every text module of the language: the groups may be split further (lazy texts).
    const files = readdirSync(new URL(`../../src/generated/locales/${locale}/`, import.meta.url)).filter((f) => f.endsWith('.ts'));
    const parts = await Promise.all(files.map((f) => import(`../../src/generated/locales/${locale}/${f}`)));
    modules[locale] = { templates: Object.assign({}, ...parts.map((p) => p.templates)) };
  }
  ({ setLocale } = configureLocalization({
    sourceLocale: 'x-none',
    targetLocales: [...LOCALES],
    loadLocale: async (locale) => modules[locale] as never,
  }));
});

/** Each sample message, rendered with 0, 1 and 2, as a reader of each language expects it. */
const SAMPLES: Record<string, { render: (n: number) => string; expected: Record<Locale, [string, string, string]> }> = {
  'people counted (dilemma room)': {
    render: (n) => countTexts().counted(n),
    expected: {
      en: ['0 people counted.', '1 person counted.', '2 people counted.'],
      nl: ['0 mensen geteld.', '1 persoon geteld.', '2 mensen geteld.'],
      fr: ['0 personne comptée.', '1 personne comptée.', '2 personnes comptées.'],
      de: ['0 Personen gezählt.', '1 Person gezählt.', '2 Personen gezählt.'],
    },
  },
  'room total': {
    render: (n) => countTexts().total(n),
    expected: {
      en: ['0 people.', '1 person.', '2 people.'],
      nl: ['0 mensen.', '1 persoon.', '2 mensen.'],
      fr: ['0 personne.', '1 personne.', '2 personnes.'],
      de: ['0 Personen.', '1 Person.', '2 Personen.'],
    },
  },
  'role recommender basis': {
    render: (n) => basisText(n, 9),
    expected: {
      en: ['Based on 0 of 9 characteristics.', 'Based on 1 of 9 characteristics.', 'Based on 2 of 9 characteristics.'],
      nl: ['Op basis van 0 van de 9 kenmerken.', 'Op basis van 1 van de 9 kenmerken.', 'Op basis van 2 van de 9 kenmerken.'],
      fr: ['Sur la base de 0 caractéristique sur 9.', 'Sur la base de 1 caractéristique sur 9.', 'Sur la base de 2 caractéristiques sur 9.'],
      de: ['Auf Grundlage von 0 von 9 Merkmalen.', 'Auf Grundlage von 1 von 9 Merkmalen.', 'Auf Grundlage von 2 von 9 Merkmalen.'],
    },
  },
  'report responses': {
    render: (n) => responsesText(n),
    expected: {
      en: ['0 responses', '1 response', '2 responses'],
      nl: ['0 antwoorden', '1 antwoord', '2 antwoorden'],
      fr: ['0 réponse', '1 réponse', '2 réponses'],
      de: ['0 Antworten', '1 Antwort', '2 Antworten'],
    },
  },
  'report file outcome, n responses of which n already loaded': {
    // n + 1 read, 1 new: n duplicates (0 duplicates are not mentioned).
    render: (n) => fileOutcomeText(n + 1, 1, 0).split('; ')[1] ?? '',
    expected: {
      en: ['', '1 of them already loaded', '2 of them already loaded'],
      nl: ['', 'waarvan 1 al geladen', 'waarvan 2 al geladen'],
      fr: ['', 'dont 1 déjà chargée', 'dont 2 déjà chargées'],
      de: ['', 'davon 1 schon geladen', 'davon 2 schon geladen'],
    },
  },
};

describe('counted messages in the plural rules of each language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: 0, 1 and 2 of each sample read right`, async () => {
      await setLocale(locale);
      for (const [name, sample] of Object.entries(SAMPLES)) {
        assert.deepEqual([0, 1, 2].map(sample.render), sample.expected[locale], `${name} (${locale})`);
      }
    });
  }
  it('no sample says "1" next to a plural noun in any language', async () => {
    const wrong = /\b1 (people|mensen|personnes|Personen|responses|antwoorden|réponses|Antworten|caractéristiques)\b|dont 1 déjà chargées/;
    for (const locale of LOCALES) {
      await setLocale(locale);
      for (const [name, sample] of Object.entries(SAMPLES)) assert.doesNotMatch(sample.render(1), wrong, `${name} (${locale})`);
    }
  });
});
