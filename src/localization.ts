/**
 * The one place samen configures @lit/localize (runtime mode). Nothing runs at import
 * time: widgets call `useTexts()` when they register, and that configures localization
 * once per copy of the bundle.
 *
 * Texts come in modules per language and per widget (see scripts/build-locales.mjs), so
 * a page downloads only the texts of the widgets it shows, in the language it shows.
 * English is loaded like the others: the shipped code carries no text of its own.
 *
 * The locale follows the page: `<html lang>`, with region forms such as `nl-BE` or
 * `fr-BE` mapped to their language, live when the page changes `lang`.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';

/** The languages samen speaks; the first is the fallback. */
export const SUPPORTED_LOCALES: readonly string[] = ['en', 'nl', 'fr', 'de'];

/**
 * lit-localize's "source" locale: a name no page uses, because even English comes from
 * a loaded module. Elements are defined only once texts are loaded, so nothing ever
 * renders in it.
 */
const NO_LOCALE = 'x-none';

/** A module of texts: message id -> localized template. */
type Templates = LocaleModule['templates'];
/** Loads one widget's texts in one language. */
export type TextLoader = (locale: string) => Promise<{ templates: Templates }>;

const loaders: TextLoader[] = [];
/** The groups loaded later (loadTexts), once asked for: a language switch loads them too. */
const later = new Set<TextLoader>();
/** One object per locale that every widget's texts are merged into; lit-localize holds it. */
const merged = new Map<string, Templates>();
/** Per loader, each locale's load: pending, or done (kept), or failed (forgotten). */
const loaded = new Map<TextLoader, Map<string, Promise<void>>>();
/** Per loader, the locales whose texts are in. */
const arrived = new Map<TextLoader, Set<string>>();
let api: ReturnType<typeof configureLocalization> | undefined;
let settled: Promise<void> = Promise.resolve();
let warnedFor: string | undefined;

/**
 * Maps a page language to a supported locale: `nl-BE` -> `nl`, `FR` -> `fr`.
 * Unsupported or empty languages fall back to English, with one console warning per
 * language, so a misconfigured page is noticed without flooding the console.
 * @param lang a BCP 47 tag as found in `<html lang>`.
 */
export function resolveLocale(lang: string | null | undefined): string {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (SUPPORTED_LOCALES.includes(base)) return base;
  if (base && warnedFor !== base) {
    warnedFor = base;
    console.warn(`samen: the page language "${lang}" is not supported (${SUPPORTED_LOCALES.join(', ')}); showing English.`);
  }
  return SUPPORTED_LOCALES[0];
}

/** Loads one group of texts in one locale into that locale's one object, once. */
function loadOne(load: TextLoader, locale: string): Promise<void> {
  const templates = merged.get(locale) ?? {};
  merged.set(locale, templates);
  const byLocale = loaded.get(load) ?? new Map<string, Promise<void>>();
  loaded.set(load, byLocale);
  let done = byLocale.get(locale);
  if (!done) {
    done = load(locale).then((m) => {
      Object.assign(templates, m.templates);
      arrived.set(load, (arrived.get(load) ?? new Set()).add(locale));
    });
    // A failed load is forgotten, so the next language change (or request) tries again.
    done.catch(() => void byLocale.delete(locale));
    byLocale.set(locale, done);
  }
  return done;
}

/**
 * Loads every registered widget's texts for a locale, and the later groups already
 * asked for, so a language switch shows them in the new language at once. A later
 * group that fails does not hold the switch back: its widget says so where it shows it.
 */
async function loadAll(locale: string): Promise<{ templates: Templates }> {
  await Promise.all([
    ...loaders.map((load) => loadOne(load, locale)),
    ...[...later].map((load) => loadOne(load, locale).catch(() => undefined)),
  ]);
  return { templates: merged.get(locale)! };
}

/** Shows the page's language, or English when that language cannot be loaded. */
async function follow(): Promise<void> {
  const locale = resolveLocale(document.documentElement.lang);
  try {
    if (api!.getLocale() !== locale) await api!.setLocale(locale);
    // Always load too: a switch already in flight may have started before this widget
    // registered its texts, and lit-localize hands back that same switch. Loading is
    // idempotent and fills the object lit-localize already holds.
    await loadAll(locale);
  } catch (error) {
    console.error(`samen: the "${locale}" texts could not be loaded.`, error);
    if (locale !== SUPPORTED_LOCALES[0]) await api!.setLocale(SUPPORTED_LOCALES[0]).catch(() => undefined);
  }
}

/**
 * Registers a widget's texts and loads them in the page's language. Configures
 * localization on first use. Resolves (never rejects) when the texts are in, so the
 * caller can define its element without a flash of missing text.
 */
export function useTexts(loader: TextLoader): Promise<void> {
  loaders.push(loader);
  if (!api) {
    api = configureLocalization({ sourceLocale: NO_LOCALE, targetLocales: SUPPORTED_LOCALES, loadLocale: loadAll });
    loaders.unshift((locale) => import(`./generated/locales/${locale}/common.ts`));
    new MutationObserver(() => void (settled = follow())).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  settled = follow();
  return settled;
}

/**
 * Loads a group of texts that the first screen does not show (details, later steps,
 * rarely used messages; see scripts/build-locales.mjs) in the language shown, once per
 * language; from then on a language switch loads it too, before the new language
 * shows. Rejects when it cannot be loaded: the widget then says so where the texts
 * would go, and may ask again (a failed load is not kept).
 * @param loader imports the group's module for a locale, like a widget's own texts.
 */
export function loadTexts(loader: TextLoader): Promise<void> {
  later.add(loader);
  const locale = api?.getLocale();
  if (locale && locale !== NO_LOCALE) return loadOne(loader, locale);
  // Asked before any language is in: the first one shown, once it is.
  return settled.then(() => {
    const shown = api?.getLocale();
    if (!shown || shown === NO_LOCALE) throw new Error('samen: no language could be loaded.');
    return loadOne(loader, shown);
  });
}

/**
 * True when a group of texts is in for the language shown, so it can be rendered with
 * no flash of English or of empty text.
 * @param loader the same function given to `loadTexts`.
 */
export function textsLoaded(loader: TextLoader): boolean {
  const locale = api?.getLocale();
  return !!locale && !!arrived.get(loader)?.has(locale);
}

/**
 * Resolves when the latest language change has been applied (or has failed). Useful
 * for hosts and tests that change `<html lang>` and want to wait for the new texts.
 */
export function localeSettled(): Promise<void> {
  // The observer reports a lang change in a microtask; let it run first.
  return Promise.resolve().then(() => settled);
}

/**
 * The language a widget actually shows, as a `lang` value: the page's own tag when the
 * widget speaks it (`nl-BE` stays `nl-BE`), else the locale shown (`en` for an
 * unsupported page language). Empty before any texts are loaded.
 * @param pageLang the page's `<html lang>`.
 */
export function shownLocale(pageLang: string): string {
  const shown = api?.getLocale();
  if (!shown || shown === NO_LOCALE) return '';
  return pageLang.trim().toLowerCase().split(/[-_]/)[0] === shown ? pageLang.trim() : shown;
}
