/**
 * Reminders that fall while the browser is closed, and notifications whose reason went away, with
 * the real background on a fake browser and a fake clock (licence year 2026: deadline Fri 12 Dec 2025).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BAKEN, ROC, accountPage, cartPage, openOrdersPage, renewalsPage, thankYouPage } from '../core/test-support/observations';
import { bootBackground, type TestBackground } from './background.testutil';
import { readNotificationId } from './notification-ids';

const at = (iso: string) => Date.parse(iso);
const onScreen = async () => Object.keys(await fakeBrowser.notifications.getAll());

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Het Baken College's prepared order seen, not claimed yet; from here only alarms move the clock. */
async function bakenWaiting(when: number): Promise<TestBackground> {
  const bg = await bootBackground({ at: when });
  await bg.see(accountPage(when), renewalsPage(when + 60_000, [{ institution: BAKEN, canClaim: true }]));
  return bg;
}

/** The browser is closed now and opened again at `reopen`: its alarms are gone, the data stays. */
async function closedUntil(bg: TestBackground, reopen: number) {
  const before = bg.shown.length;
  bg.setClock(reopen);
  await bg.restartBrowser();
  return bg.shown.slice(before);
}

describe('a reminder missed while the browser was closed', () => {
  it('is caught up once at the next start, not again at the start after', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    expect(await bg.runUntil(at('2025-11-27T18:00+01:00'))).toEqual([]);

    // Closed over the morning two weeks before the deadline; opened on Monday.
    const caughtUp = await closedUntil(bg, at('2025-12-01T10:00+01:00'));
    expect(caughtUp).toHaveLength(1);
    expect(caughtUp[0]?.title).toBe('Vinkje: Het Baken College');
    expect(caughtUp[0]?.message).toContain('Nog 11 dagen tot de deadline');

    expect(await closedUntil(bg, at('2025-12-02T10:00+01:00'))).toEqual([]);
    expect(await closedUntil(bg, at('2025-12-02T15:00+01:00'))).toEqual([]);
    // The next reminder morning comes as planned.
    const next = await bg.runUntil(at('2025-12-05T09:00+01:00'));
    expect(next).toHaveLength(1);
    expect(next[0]?.message).toContain('Nog 7 dagen tot de deadline');
  });

  it('the deadline morning, missed, is said when the browser opens that day', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    // The mornings 14, 7, 3 and 1 days before, each said.
    expect(await bg.runUntil(at('2025-12-11T09:00+01:00'))).toHaveLength(4);
    const caughtUp = await closedUntil(bg, at('2025-12-12T15:00+01:00'));
    expect(caughtUp.map((n) => n.message)).toEqual([expect.stringContaining('Vandaag is de deadline (vrijdag 12 december 2025).')]);
  });

  it('caught up just before a reminder morning, that morning adds no second notification', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    await bg.runUntil(at('2025-11-27T18:00+01:00'));
    // Missed the 14-day morning; opened at 08:30 on the 7-day morning.
    expect(await closedUntil(bg, at('2025-12-05T08:30+01:00'))).toHaveLength(1);
    expect(await bg.runUntil(at('2025-12-05T12:00+01:00'))).toEqual([]);
    const next = await bg.runUntil(at('2025-12-09T09:00+01:00'));
    expect(next).toHaveLength(1);
    expect(next[0]?.message).toContain('Nog 3 dagen');
  });

  it('an order waiting for approval is reminded once after a night with the browser closed', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    await bg.see(cartPage(at('2025-12-01T14:00+01:00'), BAKEN), thankYouPage(at('2025-12-01T14:20+01:00'), BAKEN, '204517'));
    // Closed at 14:30, before the reminder an hour after placing, and over the next morning's.
    const caughtUp = await closedUntil(bg, at('2025-12-02T11:00+01:00'));
    expect(caughtUp.map((n) => n.message)).toEqual(['Bestelling 204517 staat nog open. Keur hem goed via Openstaande bestellingen.']);
    expect(await closedUntil(bg, at('2025-12-02T16:00+01:00'))).toEqual([]);
  });

  it('a first start after installing says nothing of moments before the install', async () => {
    const bg = await bootBackground({ at: at('2025-11-28T10:00+01:00') });
    await bg.see(accountPage(at('2025-11-28T10:00+01:00')), renewalsPage(at('2025-11-28T10:01+01:00'), [{ institution: BAKEN, canClaim: true }]));
    expect(bg.shown).toEqual([]);
    expect(await closedUntil(bg, at('2025-11-28T12:00+01:00'))).toEqual([]);
  });
});

describe('a notification whose reason is gone', () => {
  it('the open-order reminder leaves the screen once the order is approved', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    await bg.see(cartPage(at('2025-12-01T14:00+01:00'), BAKEN), thankYouPage(at('2025-12-01T14:20+01:00'), BAKEN, '204517'));
    const [reminder] = await bg.runUntil(at('2025-12-01T15:20+01:00'));
    expect(readNotificationId(reminder?.id ?? '')?.key).toMatch(/^OPEN\|/);
    expect(await onScreen()).toContain(reminder?.id);

    const approved = openOrdersPage(at('2025-12-01T16:00+01:00'), []);
    await bg.see({ ...approved, messages: ['Bestelling 204517 is goedgekeurd.'], approvedOrders: ['204517'] });
    expect(await onScreen()).toEqual([]);
  });

  it('a reminder about a school the person removed, or marked as not taking part, is taken away', async () => {
    const bg = await bootBackground({ at: at('2025-11-20T10:00+01:00') });
    await bg.see(
      accountPage(at('2025-11-20T10:00+01:00')),
      renewalsPage(at('2025-11-20T10:01+01:00'), [
        { institution: BAKEN, canClaim: true },
        { institution: ROC, canClaim: true },
      ]),
    );
    // Two schools due at once: one summary. Then one school at a time.
    await bg.runUntil(at('2025-11-28T09:00+01:00'));
    expect(await onScreen()).toHaveLength(1);
    const removed = await bg.fromExtensionPage({ type: 'institution-action', action: { type: 'forget-institution', key: '100231' } });
    expect(removed.ok).toBe(true);
    expect(await onScreen()).toEqual([]);

    const [roc] = await bg.runUntil(at('2025-12-05T09:00+01:00'));
    expect(roc?.title).toBe('Vinkje: ROC Rivierland');
    expect(await onScreen()).toEqual([roc?.id]);
    const rocKey = readNotificationId(roc?.id ?? '')?.institutionKey ?? '';
    await bg.fromExtensionPage({ type: 'institution-action', action: { type: 'set-taking-part', key: rocKey, takingPart: false } });
    expect(await onScreen()).toEqual([]);
  });
});
