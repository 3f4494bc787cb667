import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import { renderElement, type ChangeArgs } from './render.js';
import '../src/components/universal-targeted-slider/universal-targeted-slider.js';

/** Args are named after the element's properties; `samen-change` shows in Actions. */
interface Args extends ChangeArgs {
  value: number;
  services: Array<{ name: string; value: number }>;
  view: 'position' | 'portfolio';
  name: string;
  presentation: boolean;
}

const BALANCED = [
  { name: 'Speel-o-theek', value: 8 },
  { name: 'Consultatiebureau', value: 28 },
  { name: 'Opvoedingswinkel', value: 47 },
  { name: 'Brugfiguur in de school', value: 66 },
  { name: 'Gezinsbegeleiding OCMW', value: 88 },
];

const meta: Meta<Args> = {
  title: 'Widgets/Universal vs targeted slider',
  component: 'samen-universal-targeted-slider',
  args: { value: 50, services: [], view: 'position', name: '', presentation: false, onChange: fn() },
  argTypes: {
    value: { control: { type: 'range', min: 0, max: 100, step: 1 } },
    view: { control: 'inline-radio', options: ['position', 'portfolio'] },
    onChange: { table: { disable: true } },
  },
  // Every control sets the element's property (stories/render.ts).
  render: renderElement<Args>('samen-universal-targeted-slider'),
};
export default meta;
type Story = StoryObj<Args>;

/** The default: proportionate universalism, every risk low but none gone. */
export const Proportionate: Story = {};

/** Fully universal: poor reach of the families with the most needs and the Matthew effect. */
export const FullyUniversal: Story = { args: { value: 0 } };

/** A universal offer: the way to proportionate universalism lies toward targeted. */
export const Universal: Story = { args: { value: 30 } };

/** Targeted help: stigma, shut out just above the threshold, late detection. */
export const Targeted: Story = { args: { value: 70 } };

/** Fully targeted: every targeted-side risk at its strongest. */
export const FullyTargeted: Story = { args: { value: 100 } };

/** A portfolio with a base for all, a proportionate middle and help for the most needs: no gaps. */
export const PortfolioBalanced: Story = { args: { view: 'portfolio', services: BALANCED } };

/** Only targeted services: no universal base, no proportionate middle. */
export const PortfolioGaps: Story = {
  args: { view: 'portfolio', services: [{ name: 'Brugfiguur', value: 62 }, { name: 'Trajectbegeleiding', value: 90 }] },
};

/** Everything at one stop, and nothing for the families with the most needs. */
export const PortfolioAllInOnePlace: Story = {
  args: { view: 'portfolio', services: [{ name: 'Consultatiebureau', value: 25 }, { name: 'Babymassage', value: 32 }] },
};

/** An empty portfolio, ready for the network to list its services. */
export const PortfolioEmpty: Story = { args: { view: 'portfolio' } };

/** Projected in a workshop: large type, high contrast, full-screen button. */
export const Presentation: Story = { args: { presentation: true, value: 15 } };

/** In a host form: the position is submitted under `name`; Reset returns to the `value` attribute. */
export const InAForm: Story = {
  args: { name: 'position', value: 30 },
  render: (args) => html`<form @submit=${(e: Event) => {
      e.preventDefault();
      const out = (e.target as HTMLFormElement).querySelector('output')!;
      out.textContent = JSON.stringify(Object.fromEntries(new FormData(e.target as HTMLFormElement)));
    }}>
    <samen-universal-targeted-slider name=${args.name} value=${String(args.value)} @samen-change=${args.onChange}></samen-universal-targeted-slider>
    <p><button type="submit">Submit</button> <button type="reset">Reset</button> <output></output></p>
  </form>`,
};

/** Bad input: an out-of-range value is clamped and broken JSON in `services` ignored, each with a console warning. */
export const BadInput: Story = {
  render: () => html`<samen-universal-targeted-slider value="250" view="portfolio" services="[{name: 'x'"></samen-universal-targeted-slider>`,
};
