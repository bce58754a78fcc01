/**
 * A contact with several institutions gets one notification per reminder moment that sums up, not
 * one per institution; with one institution the notification names it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BAKEN, LYCEUM, ROC, accountPage, cartPage, historyPage, orderRow, renewalsPage, thankYouPage } from '../core/test-support/observations';
import { bootBackground } from './background.testutil';

const at = (iso: string) => Date.parse(iso);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('several institutions due at once', () => {
  it('one notification per moment that sums up, never one per school', async () => {
    const start = at('2025-11-20T10:00+01:00');
    const bg = await bootBackground({ at: start });
    await bg.see(
      accountPage(start),
      renewalsPage(start + 60_000, [
        { institution: BAKEN, canClaim: true },
        { institution: ROC, canClaim: true },
        { institution: LYCEUM, canClaim: true },
      ]),
      cartPage(start + 120_000, BAKEN),
      thankYouPage(start + 180_000, BAKEN, '204517'),
    );
    const shown = await bg.runUntil(at('2025-12-05T09:00+01:00'));
    // The hour after placing, and each morning after: the open order and the two schools not started, in one.
    expect(shown[0]?.at).toBe(start + 180_000 + 3_600_000);
    expect(shown.every((n) => n.title === 'Vinkje' && n.message.startsWith('3 van 3 instellingen nog niet afgerond'))).toBe(true);
    const mornings = shown.filter((n) => n.at === at('2025-12-05T09:00+01:00'));
    expect(mornings).toHaveLength(1);
    expect(mornings[0]?.title).toBe('Vinkje');
    expect(mornings[0]?.message).toContain('3 van 3 instellingen nog niet afgerond; 1 bestelling staat open');
    expect(mornings[0]?.message).toContain('2 nog niet begonnen');
    // No reminder moment says the same thing twice, one per school.
    const perMoment = new Map<number, number>();
    for (const n of shown) perMoment.set(n.at, (perMoment.get(n.at) ?? 0) + 1);
    expect(Math.max(...perMoment.values())).toBe(1);

    // Approved in the shop: the summary that said "1 bestelling staat open" is taken away.
    expect(Object.keys(await fakeBrowser.notifications.getAll()).length).toBeGreaterThan(0);
    await bg.see(historyPage(at('2025-12-05T10:00+01:00'), [orderRow('204517', BAKEN, 'approved', '20-11-2025')]));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });
});

describe('one institution', () => {
  it('is named in its own notification (control)', async () => {
    const start = at('2025-11-20T10:00+01:00');
    const bg = await bootBackground({ at: start });
    await bg.see(accountPage(start), renewalsPage(start + 60_000, [{ institution: BAKEN, canClaim: true }]), cartPage(start + 120_000, BAKEN), thankYouPage(start + 180_000, BAKEN, '204517'));
    const shown = await bg.runUntil(at('2025-11-22T09:00+01:00'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((n) => n.title === 'Vinkje: Het Baken College')).toBe(true);
  });
});
