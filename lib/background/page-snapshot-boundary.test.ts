/**
 * What a shop tab sends on every page: the page itself. The running background reads it and records
 * what it shows; from anyone but a shop tab, too big or malformed, it is refused and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSnapshot } from '../messages';
import { FIXTURES_DIR } from '../site/fixtures.testutil';
import { SNAPSHOT_LIMITS } from '../core/snapshot-limits';
import { MAX_MESSAGE_SIZE } from './message-size';
import { bootBackground } from './background.testutil';

const T = Date.parse('2026-12-03T10:00+01:00');
const ACCOUNT = 'https://www.slbdiensten.nl/account/';
const page = (name: string) => readFileSync(`${FIXTURES_DIR}/sim/${name}.html`, 'utf8');
const snapshotOf = (html: string, url = ACCOUNT): PageSnapshot => ({ html, url, seenAt: T, fields: [], truncated: false });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a page snapshot from a shop tab', () => {
  it('is read in the background and answered with the view of that page', async () => {
    const bg = await bootBackground({ at: T });
    const answer = await bg.fromShop({ type: 'observe-page', snapshot: snapshotOf(page('account--primary')) }, ACCOUNT);
    expect(answer.ok).toBe(true);
    const view = (answer as { view: { page: string; steps: { step: number; state: string }[] } }).view;
    expect(view.page).toBe('account');
    expect(view.steps.find((s) => s.step === 1)?.state).toBe('done');
  });

  it('may be far bigger than any other message from a shop tab', async () => {
    const bg = await bootBackground({ at: T });
    const big = page('account--primary').replace('</body>', `<p hidden>${'x'.repeat(2 * MAX_MESSAGE_SIZE)}</p></body>`);
    const answer = await bg.fromShop({ type: 'observe-page', snapshot: snapshotOf(big) }, ACCOUNT);
    expect(answer.ok).toBe(true);
  });

  it('is refused from an extension page, over its bound, or malformed, and changes nothing', async () => {
    const bg = await bootBackground({ at: T });
    const before = await bg.store.exportAll();
    const refused = [
      await bg.fromExtensionPage({ type: 'observe-page', snapshot: snapshotOf(page('account--primary')) }),
      await bg.fromShop({ type: 'observe-page', snapshot: snapshotOf('x'.repeat(SNAPSHOT_LIMITS.html + 1)) }, ACCOUNT),
      await bg.fromShop({ type: 'observe-page', snapshot: { ...snapshotOf(page('account--primary')), html: 42 } }, ACCOUNT),
      await bg.fromShop({ type: 'observe-page', snapshot: { ...snapshotOf(page('account--primary')), fields: [{ at: -1, tag: 'INPUT', value: 'x' }] } }, ACCOUNT),
    ];
    expect(refused.map((a) => a.ok)).toEqual([false, false, false, false]);
    const { exportedAt: _a, ...was } = before;
    const { exportedAt: _b, ...now } = await bg.store.exportAll();
    expect(now).toEqual(was);
  });
});
