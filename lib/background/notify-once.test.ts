/**
 * A notification counts as shown only once the browser created it: one the browser failed to show
 * comes at the next chance instead of being lost.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BAKEN, accountPage, renewalsPage } from '../core/test-support/observations';
import { REMINDER_ALARM } from './reminder-notifications';
import { bootBackground } from './background.testutil';

const at = (iso: string) => Date.parse(iso);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

it('a reminder the browser failed to show is shown at the next chance', async () => {
  const when = at('2025-11-28T08:00+01:00');
  const bg = await bootBackground({ at: when });
  await bg.see(accountPage(when), renewalsPage(when + 60_000, [{ institution: BAKEN, canClaim: true }]));
  const failOnce = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('notifications blocked'));

  bg.setClock(at('2025-11-28T09:00+01:00'));
  await bg.fire(REMINDER_ALARM).catch(() => undefined);
  expect(failOnce).toHaveBeenCalledTimes(1);
  expect(bg.shown).toEqual([]);

  // Only that one call failed; the next reminder reaches the browser.
  await bg.fire(REMINDER_ALARM);
  expect(bg.shown.map((n) => n.title)).toEqual(['Vinkje: Het Baken College']);
});
