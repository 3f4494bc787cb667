import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import { renderElement, type ChangeArgs } from './render.js';
import '../src/components/quality-check/quality-check.js';

/** Args are named after the element's properties; `samen-change` shows in Actions. */
interface Args extends ChangeArgs {
  audience: 'family' | 'staff';
  extended: boolean;
  service: string;
  answers: Record<string, number>;
  name: string;
  storageKey: string;
  presentation: boolean;
}

/** A parent's answers: cost and information are the weak points. */
const FAMILY = {
  'family-availability-quick-help': 4, 'family-availability-easy-to-arrange': 3,
  'family-reachability-easy-to-get-there': 5, 'family-reachability-suitable-times': 4,
  'family-affordability-could-pay': 1, 'family-affordability-no-extra-costs': 2,
  'family-usability-helped': 4, 'family-usability-fits-family': 3,
  'family-comprehensibility-clear-information': 2, 'family-comprehensibility-explained-during': 3,
};

/** A team's view of its own service: waiting list and being known score low. */
const STAFF = {
  'staff-availability-waiting-list': 2, 'staff-availability-paperwork': 3, 'staff-availability-unspoken-needs': 2,
  'staff-reachability-opening-hours': 4, 'staff-reachability-distance-transport': 4, 'staff-reachability-outreach': 2,
  'staff-affordability-price': 5, 'staff-affordability-hidden-costs': 4, 'staff-affordability-discreet-reductions': 3,
  'staff-usability-fits-needs': 4, 'staff-usability-specific-families': 3, 'staff-usability-who-we-miss': 2,
  'staff-comprehensibility-plain-language': 3, 'staff-comprehensibility-rights': 2,
  'staff-awareness-known-by-families': 2, 'staff-awareness-known-by-partners': 3,
  'staff-trust-named-contact': 5, 'staff-trust-transitions': 4, 'staff-trust-no-fear': 4,
};

const meta: Meta<Args> = {
  title: 'Widgets/Quality check',
  component: 'samen-quality-check',
  args: {
    audience: 'family', extended: false, service: '', answers: {}, name: '', storageKey: 'samen-quality-check-storybook',
    presentation: false, onChange: fn(),
  },
  argTypes: {
    audience: { control: 'inline-radio', options: ['family', 'staff'] },
    onChange: { table: { disable: true } },
  },
  // Every control sets the element's property (stories/render.ts).
  render: renderElement<Args>('samen-quality-check'),
};
export default meta;
type Story = StoryObj<Args>;

/** A parent starts: plain questions, nothing pre-filled, "Skip" on every question. */
export const FamilyEmpty: Story = {};

/** A parent's result: scores per B, the weakest first with ideas to improve. */
export const FamilyAnswered: Story = { args: { answers: FAMILY } };

/** Named service: the title and introduction say which service is rated. */
export const FamilyNamedService: Story = { args: { service: 'Consultatiebureau De Linde', answers: FAMILY } };

/** Only two questions answered: the other B's are "not answered", never low. */
export const FamilyPartlyAnswered: Story = {
  args: { answers: { 'family-affordability-could-pay': 5, 'family-usability-helped': 2 } },
};

/** With being known and trustworthiness (the Flemish 7 B's). */
export const FamilyExtended: Story = {
  args: { extended: true, answers: { ...FAMILY, 'family-awareness-heard-about': 2, 'family-trust-felt-welcome': 5 } },
};

/** Staff start on their own service: two to four questions per B. */
export const StaffEmpty: Story = { args: { audience: 'staff' } };

/** Staff result with all seven B's and what each B means. */
export const StaffExtended: Story = { args: { audience: 'staff', extended: true, answers: STAFF } };

/** Answers of both audiences held at once: switch `audience` and each keeps its own. */
export const BothAudiences: Story = { args: { answers: { ...FAMILY, ...STAFF } } };

/** Projected in a workshop: large type, high contrast, full-screen button. */
export const Presentation: Story = { args: { audience: 'staff', presentation: true, answers: STAFF } };

/**
 * Inside a form: the result is submitted as JSON under `name`, and the widget says
 * "your answers go with this form"; after sending, a thank-you.
 */
export const InAForm: Story = {
  args: { name: 'quality', answers: FAMILY, service: 'Consultatiebureau De Linde' },
  // Sent into a hidden frame, not prevented: the story stays, and the widget says thank you.
  render: (args) => html`<iframe name="qc-story-sink" title="Form target" hidden></iframe>
  <form target="qc-story-sink" action="about:blank" @submit=${(e: SubmitEvent) => {
    const out = (e.target as HTMLFormElement).querySelector('output')!;
    out.value = String(new FormData(e.target as HTMLFormElement).get('quality'));
  }}>
    <samen-quality-check name=${args.name} service=${args.service} answers=${JSON.stringify(args.answers)} storage-key=${args.storageKey}
      @samen-change=${args.onChange}></samen-quality-check>
    <p><button type="submit">Submit</button> <button type="reset">Reset</button></p>
    <output></output>
  </form>`,
};

/** Bad input: broken JSON and out-of-range values give one console warning and a safe form. */
export const BrokenInput: Story = {
  render: () => html`<samen-quality-check audience="managers" answers='{"family-usability-helped": 9'></samen-quality-check>`,
};
