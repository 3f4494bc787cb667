/**
 * The room screen's channel (src/internal/controllers/room-session.ts) is not part of a
 * widget's first load: it comes when the Room screen button shows (presentation mode),
 * so that a click on it connects at once. Its own file: the page must not have loaded
 * the channel before (a module is loaded once per page). The two-window behaviour is in
 * room-screen.test.ts and room-screen-widgets.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers.js';
import { ready } from '../../src/components/role-recommender/role-recommender.js';
import type { SamenRoleRecommender } from '../../src/components/role-recommender/role-recommender.component.js';

/** True once the page has fetched the channel's module. */
const channelFetched = () => performance.getEntriesByType('resource').some((e) => e.name.includes('room-session'));

describe('room screen: the channel comes when it may be needed', () => {
  it('a first render outside presentation mode does not fetch it; showing the Room screen button does', async () => {
    // Only what is fetched from now on counts; a full buffer would drop entries.
    performance.setResourceTimingBufferSize(10_000);
    performance.clearResourceTimings();
    await ready;
    const el = await fixture<SamenRoleRecommender>(html`<samen-role-recommender></samen-role-recommender>`);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(channelFetched(), 'fetched by the first render').to.equal(false);

    el.presentation = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#rr-room'), 'the Room screen button').to.not.equal(null);
    await until(channelFetched, 'the channel is fetched once the button shows');
  });
});
