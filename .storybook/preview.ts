import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/**
 * Read-only properties (`result`, `profile`, `form`…) are documented on the docs page
 * but get no control (`noControlForReadOnly` below): a page cannot set them. Private
 * members are already left out of the manifest (custom-elements-manifest.config.mjs).
 */
type Declaration = { members?: Array<{ name: string; readonly?: boolean }>; attributes?: Array<{ name: string; fieldName?: string }> };
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []) as Declaration[]);
const readOnly = [...new Set(declarations.flatMap((d) => d.members ?? []).filter((m) => m.readonly).map((m) => m.name))];
/**
 * An attribute spelled apart from its property (`heading-level` / `headingLevel`) gets
 * one control, the property's (stories/render.ts sets properties); the attribute keeps
 * its row in the docs table.
 */
const twins = [...new Set(declarations.flatMap((d) => d.attributes ?? []).filter((a) => a.fieldName && a.fieldName !== a.name).map((a) => a.name))];

/** Keeps the read-only members' rows (name, type, description) and takes their control away. */
const noControlForReadOnly: NonNullable<Preview['argTypesEnhancers']>[number] = Object.assign(
  (context: { argTypes: Record<string, object> }) =>
    Object.fromEntries(Object.entries(context.argTypes).map(([name, type]) => [name, readOnly.includes(name) ? { ...type, control: false } : type])),
  // After the docs addon has read the manifest's argTypes.
  { secondPass: true },
) as NonNullable<Preview['argTypesEnhancers']>[number];

/** A language switch in the toolbar: samen follows <html lang>, as on a real page. */
const preview: Preview = {
  argTypesEnhancers: [noControlForReadOnly],
  // A docs page per widget, with its attributes, events, parts and CSS properties from custom-elements.json.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Page language',
      toolbar: { title: 'Language', icon: 'globe', items: ['nl', 'fr', 'de', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'nl' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'nl';
      return story();
    },
  ],
  parameters: { controls: { expanded: true, exclude: twins }, docs: { toc: true } },
};
export default preview;
