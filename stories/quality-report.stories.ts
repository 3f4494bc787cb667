import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fn } from 'storybook/test';
import { renderElement, type ChangeArgs } from './render.js';
import '../src/components/quality-report/quality-report.js';

/** Args are named after the element's attributes and properties; `samen-change` shows in Actions. */
interface Args extends ChangeArgs {
  responses: unknown[];
  'min-group': number;
  period: string;
  presentation: boolean;
}

const FAMILY_IDS = ['family-availability-quick-help', 'family-reachability-suitable-times', 'family-affordability-could-pay', 'family-usability-helped', 'family-comprehensibility-explained-during'];
const STAFF_IDS = ['staff-availability-waiting-list', 'staff-reachability-opening-hours', 'staff-affordability-price', 'staff-usability-fits-needs', 'staff-comprehensibility-explained-during'];

/** n made-up responses of one audience, answers spread around `level`, dated in `year`. */
function responses(audience: 'family' | 'staff', n: number, level: number, year: number, service?: string): unknown[] {
  const ids = audience === 'family' ? FAMILY_IDS : STAFF_IDS;
  return Array.from({ length: n }, (_, i) => ({
    format: 'samen-quality-check', version: 1, audience, extended: false, scores: {},
    ...(service ? { service } : {}),
    answers: Object.fromEntries(ids.map((id, k) => [id, Math.min(5, Math.max(1, level + ((i + k) % 3) - 1 - (k === 2 ? 1 : 0)))])),
    // One minute apart: two responses with the same answers at the same moment are one submission to the report.
    savedAt: `${year}-0${1 + (i % 9)}-1${i % 9}T10:${String(i).padStart(2, '0')}:00Z`,
  }));
}

const meta: Meta<Args> = {
  title: 'Widgets/Quality report',
  component: 'samen-quality-report',
  args: { responses: [], 'min-group': 5, period: 'year', presentation: false, onChange: fn() },
  argTypes: { onChange: { table: { disable: true } }, period: { control: 'text' } },
  // Every control sets the element's property (stories/render.ts), hide-title and heading-level included.
  render: renderElement<Args>('samen-quality-report'),
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing loaded yet: the file picker and the drop zone. */
export const Empty: Story = {};

/** Families and staff of one service, two years: every view with figures. */
export const FamiliesAndStaff: Story = {
  args: { responses: [...responses('family', 12, 3, 2025, 'Huis van het Kind'), ...responses('family', 14, 4, 2026, 'Huis van het Kind'), ...responses('staff', 8, 4, 2026, 'Huis van het Kind')] },
};

/** Only three staff responses: their group shows "fewer than 5 answers" and the comparison shows no gap. */
export const SmallGroupHidden: Story = {
  args: { responses: [...responses('family', 9, 2, 2026), ...responses('staff', 3, 4, 2026)] },
};

/** Two services, one of them small: its figures are hidden, and so are the other's, which would give it away. */
export const ComplementaryHiding: Story = {
  args: { responses: [...responses('family', 8, 3, 2026, 'Consultatiebureau De Linde'), ...responses('family', 2, 1, 2026, 'Inloopteam Noord'), ...responses('family', 7, 4, 2026, 'Kinderopvang Zon')] },
};

/** Projected in a steering group meeting. */
export const Presentation: Story = { args: { ...FamiliesAndStaff.args, presentation: true } };
