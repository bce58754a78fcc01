/**
 * Licence year 2027 has no confirmed dates yet: while the deadline is Vinkje's estimate, the badge's
 * tooltip and every notification say so, in the language the person chose.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BAKEN, accountPage, cartPage, renewalsPage } from '../core/test-support/observations';
import { bootBackground } from './background.testutil';

const at = (iso: string) => Date.parse(iso);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function claimedIn2027(when: number) {
  const bg = await bootBackground({ at: when });
  await bg.see(accountPage(when), renewalsPage(when + 60_000, [{ institution: BAKEN, canClaim: true }]), cartPage(when + 120_000, BAKEN));
  return bg;
}

describe('an estimated deadline', () => {
  it('is called one in the badge tooltip and in the notification of the last week', async () => {
    const bg = await claimedIn2027(at('2026-12-01T10:00+01:00'));
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'Vinkje: nog 10 dagen tot de geschatte deadline (vrijdag 11 december 2026, geschat, niet bevestigd).',
    );
    const shown = await bg.runUntil(at('2026-12-04T12:00+01:00'));
    expect(shown.length).toBeGreaterThan(0);
    for (const n of shown) expect(n.message).toContain('geschat');
  });

  it('speaks English when the person chose English', async () => {
    const bg = await claimedIn2027(at('2026-12-01T10:00+01:00'));
    await bg.fromShop({ type: 'sidebar-action', url: 'https://www.slbdiensten.nl/account/', action: { type: 'set-language', language: 'en' } });
    await bg.fromExtensionPage({ type: 'overview' });
    const shown = await bg.runUntil(at('2026-12-04T12:00+01:00'));
    expect(shown.length).toBeGreaterThan(0);
    for (const n of shown) expect(n.message).toMatch(/estimated deadline .*not confirmed/);
    expect(await fakeBrowser.action.getTitle({})).toMatch(/^Vinkje: \d+ days? left until the estimated deadline/);
  });

  it('a date the person confirmed is named without the reservation', async () => {
    const bg = await claimedIn2027(at('2026-12-01T10:00+01:00'));
    await bg.fromExtensionPage({ type: 'put-settings', settings: { campaignOverrides: { 2027: { deadline: '2026-12-11' } } } });
    expect(await fakeBrowser.action.getTitle({})).toBe('Vinkje: nog 10 dagen tot de deadline (vrijdag 11 december 2026).');
    const shown = await bg.runUntil(at('2026-12-04T12:00+01:00'));
    expect(shown.length).toBeGreaterThan(0);
    for (const n of shown) expect(n.message).not.toContain('geschat');
  });
});
