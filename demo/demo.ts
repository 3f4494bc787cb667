/**
 * The demo page's own behaviour: a language switch that sets <html lang> (the widgets
 * follow it by themselves) and translates the page's texts, and a presentation toggle.
 * Not part of the library.
 */
type Lang = 'nl' | 'fr' | 'de' | 'en';

/** The page's own texts; keys match data-t / data-t-label attributes. */
const TEXTS: Record<string, Record<Lang, string>> = {
  skip: { nl: 'Naar de inhoud', fr: 'Aller au contenu', de: 'Zum Inhalt', en: 'Skip to content' },
  siteName: { nl: 'Gemeente Lindeveld', fr: 'Commune de Lindeveld', de: 'Gemeinde Lindeveld', en: 'Municipality of Lindeveld' },
  tagline: { nl: 'Huis van het Kind', fr: 'Maison de l’Enfant', de: 'Haus des Kindes', en: 'Family centre' },
  toolsLabel: { nl: 'Weergave', fr: 'Affichage', de: 'Ansicht', en: 'Display' },
  languageLabel: { nl: 'Taal', fr: 'Langue', de: 'Sprache', en: 'Language' },
  presentation: { nl: 'Presentatiemodus', fr: 'Mode présentation', de: 'Präsentationsmodus', en: 'Presentation mode' },
  crumbHome: { nl: 'Home', fr: 'Accueil', de: 'Startseite', en: 'Home' },
  crumbFamilies: { nl: 'Gezin en kinderen', fr: 'Famille et enfants', de: 'Familie und Kinder', en: 'Families and children' },
  crumbNetwork: { nl: 'Lokaal netwerk', fr: 'Réseau local', de: 'Lokales Netzwerk', en: 'Local network' },
  title: { nl: 'Samen voor elk kind', fr: 'Ensemble pour chaque enfant', de: 'Gemeinsam für jedes Kind', en: 'Together for every child' },
  intro: {
    nl: 'In Lindeveld werken de gemeente, het OCMW, het Huis van het Kind, scholen, kinderopvang en verenigingen samen voor gezinnen met kinderen. Deze hulpmiddelen helpen ons netwerk om keuzes te bespreken.',
    fr: 'À Lindeveld, la commune, le CPAS, la Maison de l’Enfant (Huis van het Kind), les écoles, l’accueil de la petite enfance et les associations travaillent ensemble pour les familles avec enfants. Ces outils aident notre réseau à discuter de ses choix.',
    de: 'In Lindeveld arbeiten die Gemeinde, das ÖSHZ, das Haus des Kindes, Schulen, Kinderbetreuung und Vereine für Familien mit Kindern zusammen. Diese Hilfsmittel helfen unserem Netzwerk, Entscheidungen zu besprechen.',
    en: 'In Lindeveld, the municipality, the public social welfare centre, the family centre, schools, childcare and associations work together for families with children. These tools help our network talk its choices through.',
  },
  rolesTitle: { nl: 'Hoe coördineren we ons netwerk?', fr: 'Comment coordonner notre réseau ?', de: 'Wie koordinieren wir unser Netzwerk?', en: 'How do we coordinate our network?' },
  rolesText: {
    nl: 'Beantwoord enkele vragen over de partners in het netwerk en bekijk welke rol van de coördinator het best past, waarom, en wat ertegen pleit.',
    fr: 'Répondez à quelques questions sur les partenaires du réseau et voyez quel rôle de coordination convient le mieux, pourquoi, et ce qui plaide contre.',
    de: 'Beantworten Sie einige Fragen zu den Partnern im Netzwerk und sehen Sie, welche Rolle der Koordination am besten passt, warum, und was dagegen spricht.',
    en: 'Answer a few questions about the partners in the network and see which coordinator role fits best, why, and what speaks against it.',
  },
  qualityTitle: { nl: 'Hoe toegankelijk is onze dienstverlening?', fr: 'Nos services sont-ils accessibles ?', de: 'Wie zugänglich sind unsere Angebote?', en: 'How accessible are our services?' },
  qualityText: {
    nl: 'Kwaliteit bepalen we samen met de gezinnen. Ouders en medewerkers beantwoorden dezelfde vragen elk vanuit hun kant; daarna leggen we de resultaten naast elkaar.',
    fr: 'La qualité se définit avec les familles. Parents et professionnels répondent chacun de leur côté ; ensuite, nous comparons les résultats.',
    de: 'Qualität bestimmen wir gemeinsam mit den Familien. Eltern und Fachkräfte antworten jeweils aus ihrer Sicht; danach legen wir die Ergebnisse nebeneinander.',
    en: 'We judge quality together with families. Parents and staff each answer from their side; then we put the results side by side.',
  },
  qualityFamilyTitle: { nl: 'Voor ouders', fr: 'Pour les parents', de: 'Für Eltern', en: 'For parents' },
  qualityStaffTitle: { nl: 'Voor medewerkers en partners', fr: 'Pour les professionnels et les partenaires', de: 'Für Fachkräfte und Partner', en: 'For staff and partners' },
  dilemmasTitle: {
    nl: 'Welke dilemma’s spelen in ons netwerk?',
    fr: 'Quels dilemmes se posent dans notre réseau ?',
    de: 'Welche Dilemmas gibt es in unserem Netzwerk?',
    en: 'Which dilemmas does our network face?',
  },
  dilemmasText: {
    nl: 'Samenwerken in een netwerk brengt dilemma’s mee: elke keuze heeft ook nadelen. Bespreek ze met de stuurgroep of het team, plaats ons netwerk tussen de twee polen en neem de meest dringende vragen mee naar het volgende overleg. Als workshop: één dilemma tegelijk, op groot scherm.',
    fr: 'Travailler en réseau amène des dilemmes : chaque choix a aussi ses inconvénients. Discutez-en en comité de pilotage ou en équipe, situez notre réseau entre les deux pôles et emportez les questions les plus urgentes à la prochaine réunion. En atelier : un dilemme à la fois, sur grand écran.',
    de: 'Die Zusammenarbeit in einem Netzwerk bringt Dilemmas mit sich: Jede Entscheidung hat auch Nachteile. Besprechen Sie sie in der Steuerungsgruppe oder im Team, verorten Sie unser Netzwerk zwischen den beiden Polen und nehmen Sie die dringendsten Fragen mit in die nächste Sitzung. Als Workshop: ein Dilemma nach dem anderen, auf großer Leinwand.',
    en: 'Working together in a network brings dilemmas: every choice also has drawbacks. Talk them through with the steering group or the team, place our network between the two poles and take the most pressing questions to the next meeting. As a workshop: one dilemma at a time, on the big screen.',
  },
  privacy: {
    nl: 'Deze hulpmiddelen werken volledig in je browser. Wat je invult, wordt nergens naartoe gestuurd en niet bewaard, tenzij je daar zelf voor kiest.',
    fr: 'Ces outils fonctionnent entièrement dans votre navigateur. Ce que vous saisissez n’est envoyé nulle part et n’est conservé que si vous le choisissez.',
    de: 'Diese Hilfsmittel laufen vollständig in Ihrem Browser. Was Sie eingeben, wird nirgendwohin gesendet und nur gespeichert, wenn Sie das selbst wählen.',
    en: 'These tools run entirely in your browser. What you enter is sent nowhere and kept only if you choose so.',
  },
  footer: {
    nl: 'Inhoud gebaseerd op het INCh-onderzoeksproject (2014–2018) en verwante studies.',
    fr: 'Contenu basé sur le projet de recherche INCh (2014–2018) et des études apparentées.',
    de: 'Inhalte auf Grundlage des Forschungsprojekts INCh (2014–2018) und verwandter Studien.',
    en: 'Content based on the INCh research project (2014–2018) and related studies.',
  },
  toConfigurator: { nl: 'Deze widgets op je eigen site plaatsen', fr: 'Placer ces widgets sur votre propre site', de: 'Diese Widgets auf Ihrer eigenen Website einbinden', en: 'Put these widgets on your own site' },
  sliderTitle: { nl: 'Voor elk gezin, of voor wie het meest nodig heeft?', fr: 'Pour chaque famille, ou pour celles qui en ont le plus besoin ?', de: 'Für jede Familie oder für die, die es am meisten brauchen?', en: 'For every family, or for those who need it most?' },
  sliderText: {
    nl: 'Proportioneel universalisme: een aanbod voor alle gezinnen, met meer ondersteuning naarmate de noden groter zijn. Schuif om te zien wie een aanbod bereikt en wat het riskeert, en leg ons eigen aanbod op de lijn.',
    fr: 'L’universalisme proportionné : une offre pour toutes les familles, avec davantage de soutien à mesure que les besoins augmentent. Déplacez le curseur pour voir qui une offre atteint et ce qu’elle risque, puis placez notre propre offre sur la ligne.',
    de: 'Proportionaler Universalismus: ein Angebot für alle Familien, mit mehr Unterstützung, je größer der Bedarf ist. Verschieben Sie den Regler, um zu sehen, wen ein Angebot erreicht und was es riskiert, und ordnen Sie unser eigenes Angebot auf der Linie ein.',
    en: 'Proportionate universalism: an offer for all families, with more support as needs grow. Move the slider to see whom an offer reaches and what it risks, and place our own services on the line.',
  },
  reportTitle: { nl: 'Wat gezinnen en medewerkers zeiden', fr: 'Ce que disent les familles et les professionnels', de: 'Was Familien und Fachkräfte sagten', en: 'What families and staff said' },
  reportText: {
    nl: 'Voor de stuurgroep: de antwoorden van vorig en dit jaar samen, kleine groepen verborgen. Laad gerust ook een export van je eigen formulier; alles blijft in je browser.',
    fr: 'Pour le comité de pilotage : les réponses de l’an dernier et de cette année ensemble, petits groupes masqués. Vous pouvez aussi charger l’export de votre propre formulaire ; tout reste dans votre navigateur.',
    de: 'Für die Steuerungsgruppe: die Antworten aus dem letzten und diesem Jahr zusammen, kleine Gruppen verborgen. Sie können auch den Export Ihres eigenen Formulars laden; alles bleibt in Ihrem Browser.',
    en: 'For the steering group: last year’s and this year’s answers together, small groups hidden. You can also load an export of your own form; everything stays in your browser.',
  },
  pageTitle: { nl: 'Lindeveld – Samen voor elk kind', fr: 'Lindeveld – Ensemble pour chaque enfant', de: 'Lindeveld – Gemeinsam für jedes Kind', en: 'Lindeveld – Together for every child' },
};

/** Adds texts for another page of the demo site, and shows them in the current language. */
export function addDemoTexts(texts: Record<string, Record<Lang, string>>): void {
  Object.assign(TEXTS, texts);
  apply(document.documentElement.lang);
}

/** The page's current language, as one of the four. */
export function pageLang(): Lang {
  const l = document.documentElement.lang.split('-')[0] as Lang;
  return l in TEXTS.title ? l : 'en';
}

/** Sets the page language (the widgets follow <html lang>) and translates the page's own texts. */
export function apply(tag: string): void {
  document.documentElement.lang = tag;
  const lang = pageLang();
  document.title = TEXTS[document.body.dataset.title ?? 'pageTitle']?.[lang] ?? document.title;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const t = TEXTS[el.dataset.t!];
    if (t) el.textContent = t[lang];
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-t-label]')) {
    const t = TEXTS[el.dataset.tLabel!];
    if (t) el.setAttribute('aria-label', t[lang]);
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === tag));
}

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.addEventListener('click', () => apply(b.dataset.lang!));
document.querySelector<HTMLInputElement>('#presentation')?.addEventListener('change', (e) => {
  const on = (e.target as HTMLInputElement).checked;
  for (const el of document.querySelectorAll('main *')) if (el.localName.startsWith('samen-')) el.toggleAttribute('presentation', on);
});
apply(new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang);

// The report's demo data: made-up answers of families (two years) and staff, as the
// quality checker's form value, so the report shows every view without a file.
{
  const ids = {
    family: ['family-availability-quick-help', 'family-reachability-suitable-times', 'family-affordability-could-pay', 'family-usability-helped', 'family-comprehensibility-explained-during'],
    staff: ['staff-availability-waiting-list', 'staff-reachability-opening-hours', 'staff-affordability-price', 'staff-usability-fits-needs', 'staff-comprehensibility-explained-during'],
  };
  const made = (audience: 'family' | 'staff', n: number, base: number, year: number) => Array.from({ length: n }, (_, i) => ({
    format: 'samen-quality-check', version: 1, audience, extended: false, service: 'Huis van het Kind Lindeveld', scores: {},
    answers: Object.fromEntries(ids[audience].map((id, k) => [id, Math.min(5, Math.max(1, base + ((i + 2 * k) % 3) - (k === 0 ? 1 : 0)))])),
    savedAt: `${year}-${String(1 + (i % 11)).padStart(2, '0')}-15T10:00:00Z`,
  }));
  const report = document.querySelector('samen-quality-report') as (HTMLElement & { responses: unknown }) | null;
  if (report) report.responses = [...made('family', 9, 2, 2025), ...made('family', 11, 3, 2026), ...made('staff', 7, 4, 2026)];
}
