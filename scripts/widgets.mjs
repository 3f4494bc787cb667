/**
 * The widget registry (src/widgets.ts) for Node scripts and the build config, read
 * through tsx, so there is one list and no copy of it. `load` is left out (it imports
 * browser code); instead each entry is checked: its `load` must import its `entry`.
 *
 *   import { WIDGETS } from './widgets.mjs';  // [{ tag, name, entry, prefix }]
 */
import { tsImport } from 'tsx/esm/api';

const registry = await tsImport('../src/widgets.ts', import.meta.url);

/** Every widget: `{ tag, name, entry, prefix, reserve }`, in registry order. */
export const WIDGETS = registry.WIDGETS.map(({ load, ...widget }) => {
  // Compared without './' and extension: a tool that loads this file may rewrite the import (Storybook does).
  const module = widget.entry.replace(/^src\//, '').replace(/\.ts$/, '');
  if (!String(load).includes(module)) throw new Error(`src/widgets.ts: ${widget.tag}'s load() must import './${module}.js' (its load is: ${String(load).slice(0, 160)}).`);
  if (widget.tag !== `samen-${widget.name}`) throw new Error(`src/widgets.ts: ${widget.tag} should be named samen-${widget.name}.`);
  return widget;
});
