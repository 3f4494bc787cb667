import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import { renderElement, type ChangeArgs } from './render.js';
import '../src/components/dilemma-explorer/dilemma-explorer.js';

/** Args are named after the element's properties; `samen-change` shows in Actions. */
interface Args extends ChangeArgs {
  positions: Record<string, number>;
  priorities: string[];
  kinds: string;
  mode: 'reflection' | 'workshop';
  view: 'organisational' | 'professional' | 'inclusion' | 'practice' | 'profile';
  step: string;
  splits: Record<string, number[]>;
  presentation: boolean;
}

/** A network that has placed itself on a few dilemmas. */
const PLACED = { loyalty: -1, responsibility: 0.5, culture: 0.5, power: 0, 'child-family': 0.5, 'sharing-secrecy': 1, 'stigma-matthew': -0.5 };
/** Room counts from a workshop: loyalty splits the room, culture gathers it in the middle. */
const SPLITS = { loyalty: [4, 1, 0, 1, 4], culture: [0, 2, 6, 2, 0], 'sharing-secrecy': [0, 1, 2, 5, 3] };

const meta: Meta<Args> = {
  title: 'Widgets/Dilemma explorer',
  component: 'samen-dilemma-explorer',
  args: {
    positions: {}, priorities: [], kinds: '', mode: 'reflection', view: 'organisational', step: 'opening', splits: {},
    presentation: false, onChange: fn(),
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['reflection', 'workshop'] },
    view: { control: 'select', options: ['organisational', 'professional', 'inclusion', 'practice', 'profile'] },
    kinds: { control: 'text' },
    onChange: { table: { disable: true } },
  },
  // Every control sets the element's property (stories/render.ts).
  render: renderElement<Args>('samen-dilemma-explorer'),
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing placed yet: the organisational dilemmas, each with its scale. */
export const Empty: Story = {};

/** Some dilemmas placed and two marked as most pressing. */
export const Placed: Story = { args: { positions: PLACED, priorities: ['culture', 'loyalty'] } };

/** Only the inclusion tensions, as a page about access might embed it (`kinds="inclusion"`). */
export const InclusionOnly: Story = { args: { kinds: 'inclusion', view: 'inclusion', positions: { 'child-family': 0.5 } } };

/** The eight tensions of everyday practice. */
export const PracticeTensions: Story = { args: { view: 'practice' } };

/** The profile before anything is placed: it says how to start. */
export const ProfileEmpty: Story = { args: { view: 'profile' } };

/** Nothing marked: the profile proposes the three dilemmas the network leans on most. */
export const ProfileProposed: Story = { args: { view: 'profile', positions: PLACED } };

/** Priorities set: they lead the pressing list and supply the questions for the next meeting. */
export const ProfileWithPriorities: Story = { args: { view: 'profile', positions: PLACED, priorities: ['sharing-secrecy', 'culture'] } };

/** Workshop: the opening step with the three discussion statements. */
export const WorkshopOpening: Story = { args: { mode: 'workshop' } };

/** Workshop: one dilemma, the room counted and divided. */
export const WorkshopDividedRoom: Story = { args: { mode: 'workshop', step: 'loyalty', splits: SPLITS } };

/** Workshop: a dilemma the sources only name; the explorer says so. */
export const WorkshopUndetailed: Story = { args: { mode: 'workshop', step: 'role' } };

/** Workshop summary: how the room stood, the pressing list and the questions. */
export const WorkshopSummary: Story = {
  args: { mode: 'workshop', step: 'summary', splits: SPLITS, positions: PLACED, priorities: ['loyalty'] },
};

/** Projected in a workshop: large type, high contrast, full-screen button. */
export const Presentation: Story = { args: { presentation: true, mode: 'workshop', step: 'stigma-matthew', splits: { 'stigma-matthew': [2, 3, 1, 3, 2] } } };

/** Bad input: broken JSON, out-of-range numbers and unknown ids give one console warning each and safe values. */
export const BadInput: Story = {
  render: () => html`<samen-dilemma-explorer positions='{"loyalty": 7, "colour": 1' priorities="culture nonsense" kinds="poverty"></samen-dilemma-explorer>`,
};
