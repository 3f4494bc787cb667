/**
 * The easy-read pictograms (src/assets/pictograms.ts, OpenMoji) load as a chunk of
 * their own, the first time a checker shows easy-read questions: pages without
 * `reading-level="easy"` never download them. Until they arrive (or if they cannot be
 * loaded), the questions show without pictures.
 */
import type { ReactiveControllerHost, SVGTemplateResult } from 'lit';

type Pictograms = Readonly<Record<string, SVGTemplateResult>>;

let loaded: Pictograms | null = null;
let loading: Promise<void> | null = null;

/** The pictograms if loaded; otherwise starts loading them and updates `host` when they are there. */
export function easyPictograms(host: ReactiveControllerHost): Pictograms | null {
  if (loaded) return loaded;
  loading ??= import('../../assets/pictograms.js')
    .then((module) => void (loaded = module.PICTOGRAMS))
    .catch(() => undefined); // no pictures: the questions stand on their own
  void loading.then(() => loaded && host.requestUpdate());
  return null;
}
