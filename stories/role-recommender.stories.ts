import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import { renderElement, type ChangeArgs } from './render.js';
import '../src/components/role-recommender/role-recommender.js';

/** Args are named after the element's properties; `samen-change` shows in Actions. */
interface Args extends ChangeArgs {
  answers: Record<string, string>;
  view: 'role' | 'governance' | 'directing';
  governance: Record<string, string>;
  directing: Record<string, string>;
  presentation: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Role recommender',
  component: 'samen-role-recommender',
  args: { answers: {}, view: 'role', governance: {}, directing: {}, presentation: false, onChange: fn() },
  argTypes: {
    view: { control: 'inline-radio', options: ['role', 'governance', 'directing'] },
    onChange: { table: { disable: true } },
  },
  // Every control sets the element's property (stories/render.ts).
  render: renderElement<Args>('samen-role-recommender'),
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing answered yet: the three roles are introduced. */
export const Empty: Story = {};

/** A network with committed, voluntary, like-minded partners: a clear facilitator. */
export const ClearFacilitator: Story = {
  args: { answers: { commitment: 'high', consensus: 'high', history: 'negative', diversity: 'low', participation: 'voluntary' } },
};

/** Little time, unstable partners, mandatory participation: a commissioner. */
export const Commissioner: Story = {
  args: { answers: { commitment: 'low', participation: 'mandatory', continuity: 'unstable', time: 'little', trust: 'low' } },
};

/** Answers that pull both ways: co-producer, with the mixed signals stated. */
export const MixedSignals: Story = {
  args: { answers: { commitment: 'low', history: 'positive', diversity: 'low', participation: 'voluntary' } },
};

/** Two roles fit equally well: the widget says so rather than pick one. */
export const Tie: Story = { args: { answers: { continuity: 'stable', time: 'much' } } };

/** The governance-form view (Provan & Kenis). */
export const GovernanceForm: Story = {
  args: { view: 'governance', governance: { trust: 'moderate', size: 'many', goalConsensus: 'moderately-high', competencies: 'high' } },
};

/** The directing-type view of local government. */
export const DirectingType: Story = {
  args: { view: 'directing', directing: { steering: 'joint', boundaries: 'joint', goals: 'joint', vision: 'municipality' } },
};

/** Projected in a workshop: large type, high contrast, full-screen button. */
export const Presentation: Story = {
  args: { presentation: true, answers: { commitment: 'high', consensus: 'high', trust: 'high' } },
};

/** Bad input: broken JSON in `answers` gives one console warning and an empty form. */
export const BrokenInput: Story = {
  render: () => html`<samen-role-recommender answers="{commitment: low"></samen-role-recommender>`,
};
