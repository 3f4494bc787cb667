/**
 * The manifest (custom-elements.json) is generated from JSDoc by `npm run manifest`.
 * samen fires only `samen-*` events; the analyzer also reports the generic `emit(name)`
 * of the base element as an event called "name", which this plugin drops.
 */
export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/samen-element.ts', 'src/internal/form-associated.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'samen-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('samen-'));
          }
        }
      },
    },
  ],
};
