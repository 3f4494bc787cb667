/**
 * The embed configurator: settings -> a live widget and the snippet an editor pastes.
 * Part of the demo site, not of the library.
 */
import { addDemoTexts, pageLang } from './demo.js';

/** Where the theme files are: set by the dist build (vite.configurator.config.ts, next to the page); the dev server's otherwise. */
declare const __SAMEN_THEMES__: string | undefined;

const form = document.querySelector<HTMLFormElement>('#cfg')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippet = document.querySelector<HTMLElement>('#snippet')!;
const contrastNote = document.querySelector<HTMLElement>('#contrast')!;
const themeLink = document.createElement('link');
themeLink.rel = 'stylesheet';

/** Contrast ratio of a #rrggbb colour against white (WCAG 2 relative luminance). */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/** The element's attributes for the current settings, in snippet order. */
function attributes(data: FormData): Array<[string, string]> {
  const tag = String(data.get('widget'));
  const attrs: Array<[string, string]> = [];
  if (tag === 'samen-quality-check') {
    if (data.get('audience') === 'staff') attrs.push(['audience', 'staff']);
    if (data.get('extended')) attrs.push(['extended', '']);
  }
  if (tag === 'samen-role-recommender' && data.get('view') !== 'role') attrs.push(['view', String(data.get('view'))]);
  if (tag === 'samen-dilemma-explorer' && data.get('kinds')) attrs.push(['kinds', String(data.get('kinds'))]);
  if (data.get('presentation')) attrs.push(['presentation', '']);
  return attrs;
}

function update(): void {
  const data = new FormData(form);
  const tag = String(data.get('widget'));
  const theme = String(data.get('theme'));
  const colour = String(data.get('colour'));
  for (const el of form.querySelectorAll<HTMLElement>('[data-for]')) el.hidden = el.dataset.for !== tag;
  for (const el of form.querySelectorAll<HTMLElement>('[data-for-theme]')) el.hidden = el.dataset.forTheme !== theme;

  // The live widget: rebuilt from the same attributes the snippet shows.
  const el = document.createElement(tag);
  for (const [name, value] of attributes(data)) el.setAttribute(name, value);
  if (theme === 'custom') el.style.setProperty('--samen-color-primary', colour);
  preview.replaceChildren(el);
  if (theme && theme !== 'custom') {
    themeLink.href = `${typeof __SAMEN_THEMES__ === 'string' ? __SAMEN_THEMES__ : '/demo/themes/'}${theme}.css`;
    document.head.append(themeLink);
  } else themeLink.remove();

  const ratio = contrastWithWhite(colour);
  contrastNote.textContent = theme === 'custom' && ratio < 4.5 ? T.cfgLowContrast[pageLang()].replace('{0}', ratio.toFixed(1)) : '';

  const attrText = attributes(data).map(([n, v]) => (v ? ` ${n}="${v}"` : ` ${n}`)).join('');
  const style = theme === 'custom' ? ` style="--samen-color-primary: ${colour}"` : '';
  const themeTag = theme && theme !== 'custom' ? `<link rel="stylesheet" href="/samen/themes/${theme}.css">\n` : '';
  // samen.css keeps the widget's place while it loads, so the page does not shift (CLS 0).
  snippet.textContent = `<link rel="stylesheet" href="/samen/samen.css">\n${themeTag}<script type="module" src="/samen/samen.js"></script>\n<${tag}${attrText}${style}></${tag}>`;
}

const T: Record<string, Record<'nl' | 'fr' | 'de' | 'en', string>> = {
  cfgPageTitle: { nl: 'samen – widgets inbedden', fr: 'samen – intégrer les widgets', de: 'samen – Widgets einbetten', en: 'samen – embed configurator' },
  cfgTagline: { nl: 'Widgets inbedden', fr: 'Intégrer les widgets', de: 'Widgets einbetten', en: 'Embed the widgets' },
  cfgTitle: { nl: 'Een widget inbedden', fr: 'Intégrer un widget', de: 'Ein Widget einbetten', en: 'Embed a widget' },
  cfgIntro: {
    nl: 'Kies een widget en de instellingen. Kopieer daarna de code en plak ze in je pagina.',
    fr: 'Choisissez un widget et ses réglages. Copiez ensuite le code et collez-le dans votre page.',
    de: 'Wählen Sie ein Widget und die Einstellungen. Kopieren Sie dann den Code und fügen Sie ihn in Ihre Seite ein.',
    en: 'Choose a widget and its settings, then copy the code and paste it into your page.',
  },
  cfgWidget: { nl: 'Widget', fr: 'Widget', de: 'Widget', en: 'Widget' },
  cfgWidgetRoles: { nl: 'Rol van de coördinator', fr: 'Rôle de coordination', de: 'Rolle der Koordination', en: 'Coordinator role' },
  cfgWidgetDilemmas: { nl: 'Dilemma\'s in het netwerk', fr: 'Dilemmes du réseau', de: 'Dilemmas im Netzwerk', en: 'Dilemmas in the network' },
  cfgWidgetQuality: { nl: 'Toegankelijkheid van een dienst (5 B\'s)', fr: 'Accessibilité d’un service (les 5 B)', de: 'Zugänglichkeit eines Angebots (die 5 B)', en: 'Accessibility of a service (the 5 B\'s)' },
  cfgWidgetSlider: { nl: 'Universeel of gericht aanbod', fr: 'Offre universelle ou ciblée', de: 'Universelles oder gezieltes Angebot', en: 'Universal or targeted offer' },
  cfgWidgetReport: { nl: 'Kwaliteitsrapport', fr: 'Rapport de qualité', de: 'Qualitätsbericht', en: 'Quality report' },
  cfgAudience: { nl: 'Wie vult in?', fr: 'Qui répond ?', de: 'Wer füllt aus?', en: 'Who answers?' },
  cfgAudienceFamily: { nl: 'Gezinnen', fr: 'Les familles', de: 'Familien', en: 'Families' },
  cfgAudienceStaff: { nl: 'Medewerkers en partners', fr: 'Les professionnels et partenaires', de: 'Fachkräfte und Partner', en: 'Staff and partners' },
  cfgExtended: { nl: 'Ook bekendheid en betrouwbaarheid (7 B\'s)', fr: 'Ajouter notoriété et fiabilité (7 B)', de: 'Auch Bekanntheit und Verlässlichkeit (7 B)', en: 'Add being known and trustworthiness (7 B\'s)' },
  cfgView: { nl: 'Eerste tabblad', fr: 'Premier onglet', de: 'Erster Reiter', en: 'First tab' },
  cfgViewRole: { nl: 'Rol van de coördinator', fr: 'Rôle de coordination', de: 'Rolle der Koordination', en: 'Coordinator role' },
  cfgViewGovernance: { nl: 'Bestuursvorm', fr: 'Mode de gouvernance', de: 'Steuerungsform', en: 'Governance form' },
  cfgViewDirecting: { nl: 'Rol van het lokaal bestuur', fr: 'Rôle des pouvoirs locaux', de: 'Rolle der Gemeinde', en: 'Role of local government' },
  cfgKinds: { nl: 'Soorten dilemma\'s', fr: 'Types de dilemmes', de: 'Arten von Dilemmas', en: 'Kinds of dilemma' },
  cfgKindsAll: { nl: 'Alle', fr: 'Tous', de: 'Alle', en: 'All' },
  cfgKindsOrganisational: { nl: 'Organisatorisch', fr: 'Organisationnels', de: 'Organisatorisch', en: 'Organisational' },
  cfgKindsProfessional: { nl: 'Professioneel', fr: 'Professionnels', de: 'Professionell', en: 'Professional' },
  cfgKindsInclusion: { nl: 'Insluiting en uitsluiting', fr: 'Inclusion et exclusion', de: 'Einschluss und Ausschluss', en: 'Inclusion and exclusion' },
  cfgKindsPractice: { nl: 'Spanningen in de praktijk', fr: 'Tensions dans la pratique', de: 'Spannungen in der Praxis', en: 'Tensions in practice' },
  cfgTheme: { nl: 'Stijl', fr: 'Style', de: 'Stil', en: 'Style' },
  cfgThemeDefault: { nl: 'Standaard (volgt het lettertype van je pagina)', fr: 'Par défaut (suit la police de votre page)', de: 'Standard (übernimmt die Schrift Ihrer Seite)', en: 'Default (follows your page\'s font)' },
  cfgThemeCustom: { nl: 'Eigen hoofdkleur', fr: 'Couleur principale au choix', de: 'Eigene Hauptfarbe', en: 'Your own main colour' },
  cfgThemeContrast: { nl: 'Hoog contrast', fr: 'Contraste élevé', de: 'Hoher Kontrast', en: 'High contrast' },
  cfgThemeTokens: { nl: 'Designtokens van de gemeente (NL Design System-stijl)', fr: 'Jetons de design de la commune (style NL Design System)', de: 'Design-Tokens der Gemeinde (im Stil des NL Design System)', en: 'The municipality\'s design tokens (NL Design System style)' },
  cfgColour: { nl: 'Hoofdkleur', fr: 'Couleur principale', de: 'Hauptfarbe', en: 'Main colour' },
  cfgLowContrast: {
    nl: 'Deze kleur heeft een contrast van {0}:1 met wit. Voor tekst is minstens 4,5:1 nodig: kies een donkerdere kleur.',
    fr: 'Cette couleur a un contraste de {0}:1 avec le blanc. Le texte demande au moins 4,5:1 : choisissez une couleur plus foncée.',
    de: 'Diese Farbe hat einen Kontrast von {0}:1 zu Weiß. Für Text braucht es mindestens 4,5:1: Wählen Sie eine dunklere Farbe.',
    en: 'This colour has a contrast of {0}:1 against white. Text needs at least 4.5:1: choose a darker colour.',
  },
  cfgPreview: { nl: 'Voorbeeld', fr: 'Aperçu', de: 'Vorschau', en: 'Preview' },
  cfgCode: { nl: 'Code om te plakken', fr: 'Code à coller', de: 'Code zum Einfügen', en: 'Code to paste' },
  cfgCopy: { nl: 'Kopieer de code', fr: 'Copier le code', de: 'Code kopieren', en: 'Copy the code' },
  cfgCopied: { nl: 'Gekopieerd.', fr: 'Copié.', de: 'Kopiert.', en: 'Copied.' },
  cfgCopyFailed: { nl: 'Kopiëren lukte niet: selecteer de code en kopieer ze met Ctrl+C.', fr: 'La copie a échoué : sélectionnez le code et copiez-le avec Ctrl+C.', de: 'Kopieren hat nicht geklappt: Markieren Sie den Code und kopieren Sie ihn mit Strg+C.', en: 'Copying did not work: select the code and copy it with Ctrl+C.' },
  cfgDrupal: {
    nl: 'Plak de code in een blok of veld met een tekstformaat dat scripts toelaat (bijvoorbeeld "Full HTML"). Op een site met veel pagina\'s: voeg het script één keer toe aan het thema (als library) en plak op elke pagina alleen het element.',
    fr: 'Collez le code dans un bloc ou un champ dont le format de texte autorise les scripts (par exemple « Full HTML »). Sur un site de nombreuses pages : ajoutez le script une seule fois au thème (comme library) et collez seulement l’élément sur chaque page.',
    de: 'Fügen Sie den Code in einen Block oder ein Feld mit einem Textformat ein, das Skripte erlaubt (zum Beispiel „Full HTML“). Bei vielen Seiten: Binden Sie das Skript einmal im Theme ein (als Library) und fügen Sie auf jeder Seite nur das Element ein.',
    en: 'Paste the code into a block or field whose text format allows scripts (for example "Full HTML"). On a site with many pages, add the script once to the theme (as a library) and paste only the element on each page.',
  },
  cfgWordpress: {
    nl: 'Installeer de samen-plugin (integrations/wordpress): dan voegt elke auteur een widget toe met een samen-blok of de shortcode [samen]. Zonder de plugin werkt een blok "Aangepaste HTML" alleen voor beheerders en redacteurs: bij een auteur verwijdert WordPress het element en het script bij het opslaan.',
    fr: 'Installez l’extension samen (integrations/wordpress) : chaque auteur ajoute alors un widget avec un bloc samen ou le code court [samen]. Sans l’extension, un bloc « HTML personnalisé » ne fonctionne que pour les administrateurs et les éditeurs : chez un auteur, WordPress supprime l’élément et le script à l’enregistrement.',
    de: 'Installieren Sie das samen-Plugin (integrations/wordpress): Dann kann jedes Autorenkonto ein Widget mit einem samen-Block oder dem Shortcode [samen] einfügen. Ohne das Plugin funktioniert ein Block „Individuelles HTML“ nur mit Administrator- oder Redaktionsrechten: Bei einem Autorenkonto entfernt WordPress Element und Skript beim Speichern.',
    en: 'Install the samen plugin (integrations/wordpress): every author can then add a widget with a samen block or the [samen] shortcode. Without the plugin, a "Custom HTML" block only works for administrators and editors: for an author, WordPress removes the element and the script on saving.',
  },
  cfgOffline: {
    nl: 'Plaats de map dist/ op je eigen server: de widgets laden niets van elders (geen CDN, geen lettertypen) en werken ook op een intranet of een laptop zonder netwerk. Het element volgt de taal van je pagina (<html lang>).',
    fr: 'Placez le dossier dist/ sur votre propre serveur : les widgets ne chargent rien d’ailleurs (ni CDN, ni polices) et fonctionnent aussi sur un intranet ou un ordinateur portable sans réseau. L’élément suit la langue de votre page (<html lang>).',
    de: 'Legen Sie den Ordner dist/ auf Ihren eigenen Server: Die Widgets laden nichts von anderswo (kein CDN, keine Schriften) und funktionieren auch im Intranet oder auf einem Laptop ohne Netz. Das Element folgt der Sprache Ihrer Seite (<html lang>).',
    en: 'Put the dist/ folder on your own server: the widgets load nothing from elsewhere (no CDN, no fonts) and also work on an intranet or a laptop without a network. The element follows your page\'s language (<html lang>).',
  },
};
addDemoTexts(T);

form.addEventListener('input', update);
form.addEventListener('change', update);
new MutationObserver(update).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
document.querySelector('#copy')!.addEventListener('click', async () => {
  const status = document.querySelector('#copied')!;
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    status.textContent = T.cfgCopied[pageLang()];
  } catch {
    status.textContent = T.cfgCopyFailed[pageLang()];
  }
});
update();
