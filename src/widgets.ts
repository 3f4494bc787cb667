/**
 * The one registry of samen's widgets. A new widget is one entry here plus its own
 * folders (src/components/<name>/, stories, tests): everything else reads this list.
 *
 * Read by: the loader (src/samen.ts), the build (vite.config.ts: one entry per widget,
 * and the loader's request graph), scripts/size.mjs, scripts/bench.mjs,
 * scripts/proofs.mjs, the fuzz test and the event map (src/events.ts). Node scripts
 * read it through scripts/widgets.mjs (tsx), so keep it plain data: string literals,
 * and `load` as a literal `import()` of `entry` (scripts/widgets.mjs checks that).
 * @module
 */

/** One widget of the registry. */
export interface WidgetEntry {
  /** The default tag name, `samen-<name>`. */
  readonly tag: string;
  /** The widget's folder and the name of its file in dist/ (`dist/<name>.js`). */
  readonly name: string;
  /** The source module that registers the element (the build's entry). */
  readonly entry: string;
  /** The message id prefix, which is also its text module (`src/generated/locales/<lang>/<prefix>.ts`). */
  readonly prefix: string;
  /**
   * The height kept free while the widget loads (dist/samen.css: `min-height`, at most
   * the viewport's), in em: a little less than its shortest rendering at any width, so
   * the page's text does not jump when it appears (CLS 0).
   */
  readonly reserve: string;
  /**
   * Later text groups (names with a hyphen, which the loader otherwise leaves for when
   * they are needed) that the widget loads as it registers, because its first screen
   * shows them: the loader then fetches them with its code, in the same round trip.
   */
  readonly startTexts?: readonly string[];
  /** Imports the registering module (the loader in dev, tests; the build points it at dist/<name>.js). */
  readonly load: () => Promise<unknown>;
}

/** Every samen widget, in the order of the README. */
export const WIDGETS = [
  { tag: 'samen-role-recommender', name: 'role-recommender', entry: 'src/components/role-recommender/role-recommender.ts', prefix: 'rr', reserve: '75em', load: () => import('./components/role-recommender/role-recommender.js') },
  { tag: 'samen-universal-targeted-slider', name: 'universal-targeted-slider', entry: 'src/components/universal-targeted-slider/universal-targeted-slider.ts', prefix: 'ut', reserve: '65em', load: () => import('./components/universal-targeted-slider/universal-targeted-slider.js') },
  { tag: 'samen-quality-check', name: 'quality-check', entry: 'src/components/quality-check/quality-check.ts', prefix: 'qc', reserve: '110em', load: () => import('./components/quality-check/quality-check.js') },
  { tag: 'samen-dilemma-explorer', name: 'dilemma-explorer', entry: 'src/components/dilemma-explorer/dilemma-explorer.ts', prefix: 'dx', reserve: '110em', load: () => import('./components/dilemma-explorer/dilemma-explorer.js') },
  { tag: 'samen-quality-report', name: 'quality-report', entry: 'src/components/quality-report/quality-report.ts', prefix: 'qr', reserve: '20em', startTexts: ['qc-ideas'], load: () => import('./components/quality-report/quality-report.js') },
] as const satisfies readonly WidgetEntry[];

/** The tag name of a registered widget. */
export type WidgetTag = (typeof WIDGETS)[number]['tag'];
