/**
 * The manifest (custom-elements.json) is generated from JSDoc by `npm run manifest`.
 * samen fires only `samen-*` events; the analyzer also reports the generic `emit(name)`
 * of the base element as an event called "name", which this plugin drops. It also keeps
 * only the public fields (Storybook's controls come from them) and gives each element a
 * description made of its summary and a usage example (Storybook's docs page shows it).
 */
export default {
  globs: ['src/components/**/*.component.ts', 'src/components/**/*.properties.ts', 'src/internal/samen-element.ts', 'src/internal/form-associated.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'samen-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('samen-'));
            if (!declaration.tagName) continue;
            // Only the public API: Storybook makes a control of every member it finds, and
            // `_answers`, `#internals` or `announcement` are not a page's to set.
            declaration.members = (declaration.members ?? []).filter(
              (m) => !m.privacy && !m.static && !/^[_#]/.test(m.name) && m.kind === 'field',
            );
            // The docs page shows the description: the summary, then how a page uses it.
            const usage = ['```html', '<link rel="stylesheet" href="/samen/samen.css">', '<script type="module" src="/samen/samen.js"></script>', `<${declaration.tagName}></${declaration.tagName}>`, '```'].join('\n');
            declaration.description = [declaration.summary, declaration.description, usage].filter(Boolean).join('\n\n');
          }
        }
      },
    },
  ],
};
