/** Types of scripts/widgets.mjs: the registry (src/widgets.ts) without its `load` functions. */
import type { WidgetEntry } from '../src/widgets.ts';

/** Every widget: `{ tag, name, entry, prefix, reserve }`, in registry order. */
export declare const WIDGETS: ReadonlyArray<Omit<WidgetEntry, 'load'>>;
