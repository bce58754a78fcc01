/**
 * The whole registration for licence year 2026 (opens Wed 12 Nov 2025, deadline Fri 12 Dec 2025), walked
 * through with the real background on a fake browser and a fake clock. Alarms fire when the browser
 * would fire them; what is checked is what the person sees: the badge, the notifications, the tab a
 * click opens.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  ADOBE_CART,
  BAKEN,
  ROC,
  accountPage,
  cartPage,
  historyPage,
  openOrdersPage,
  orderRow,
  renewalsPage,
  thankYouPage,
} from '../core/test-support/observations';
import { DAY_ALARM, REMINDER_ALARM } from './reminder-notifications';
import { readNotificationId } from './notification-ids';
import { bootBackground, rgba, type Shown, type TestBackground } from './background.testutil';

/** A moment on the Amsterdam wall clock, written with its UTC offset (+01:00 winter, +02:00 summer). */
const at = (iso: string) => Date.parse(iso);

const BLUE = rgba('#1565C0');
const ORANGE = rgba('#E65100');
const RED = rgba('#B71C1C');

const titles = (list: Shown[]) => list.map((n) => n.title);
/** A notification for warning D01 (an order waiting for approval), read the way the background reads it. */
const isD01 = (id: string) => readNotificationId(id)?.key.startsWith('D01|') ?? false;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Logged in as the 1e contactpersoon and seen Het Baken College's prepared order, not claimed yet. */
async function bakenWaiting(when: number): Promise<TestBackground> {
  const bg = await bootBackground({ at: when });
  await bg.see(accountPage(when), renewalsPage(when + 60_000, [{ institution: BAKEN, canClaim: true }]));
  return bg;
}

describe('before the registration opens and when it opens', () => {
  it('the badge counts the days to the deadline; nothing is pushed before the reminders start', async () => {
    const bg = await bakenWaiting(at('2025-11-05T10:00+01:00'));
    expect(await bg.badge()).toEqual({ text: '37', color: BLUE });
    expect(bg.shown).toEqual([]);

    // The next morning the badge says one day less, without any page being visited.
    expect(await bg.runUntil(at('2025-11-06T00:00+01:00'))).toEqual([]);
    expect((await bg.badge()).text).toBe('36');

    expect(await bg.runUntil(at('2025-11-12T00:00+01:00'))).toEqual([]);
    expect(await bg.badge()).toEqual({ text: '30', color: BLUE });
    // The first reminder is the morning two weeks before the deadline.
    expect((await bg.alarm(REMINDER_ALARM))?.scheduledTime).toBe(at('2025-11-28T09:00+01:00'));
  });
});

describe('the reminder mornings', () => {
  it('14, 7, 3 and 1 days before and on the deadline morning: one notification each, naming the school and the step', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    const mornings: Array<[string, string, string]> = [
      ['2025-11-28T09:00+01:00', '14', 'Nog 14 dagen tot de deadline (vrijdag 12 december 2025).'],
      ['2025-12-05T09:00+01:00', '7', 'Nog 7 dagen tot de deadline (vrijdag 12 december 2025).'],
      ['2025-12-09T09:00+01:00', '3', 'Nog 3 dagen tot de deadline (vrijdag 12 december 2025).'],
      ['2025-12-11T09:00+01:00', '1', 'Nog 1 dag tot de deadline (vrijdag 12 december 2025).'],
      ['2025-12-12T09:00+01:00', '0', 'Vandaag is de deadline (vrijdag 12 december 2025).'],
    ];
    for (const [moment, badge, left] of mornings) {
      // Just before the morning: nothing new yet.
      expect(await bg.runUntil(at(moment) - 1)).toEqual([]);
      const shown = await bg.runUntil(at(moment));
      expect(shown).toHaveLength(1);
      expect(shown[0]?.at).toBe(at(moment));
      expect(shown[0]?.title).toBe('Vinkje: Het Baken College');
      expect(shown[0]?.message).toContain(left);
      expect(shown[0]?.message).toContain('Ga naar Licenties verlengen, klap de order van Het Baken College open');
      expect(await bg.badge()).toEqual({ text: badge, color: BLUE });
      // The alarm always points to a later moment.
      const next = await bg.alarm(REMINDER_ALARM);
      if (next) expect(next.scheduledTime).toBeGreaterThan(at(moment));
    }
  });

  it('a claimed cart that is not ordered becomes a warning in the last week', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    await bg.see(cartPage(at('2025-12-01T11:00+01:00'), BAKEN));
    expect(await bg.badge()).toEqual({ text: '11', color: BLUE });
    expect(await bg.runUntil(at('2025-12-04T23:59+01:00'))).toEqual([]);

    const shown = await bg.runUntil(at('2025-12-05T09:00+01:00'));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.at).toBe(at('2025-12-05T09:00+01:00'));
    expect(shown[0]?.message).toBe(
      'De winkelwagen van Het Baken College is geclaimd, maar de bestelling is nog niet geplaatst. Nog 7 dagen tot de deadline (vrijdag 12 december 2025). Controleer de aantallen en klik op ‘Plaats bestelling’.',
    );
    expect(await bg.badge()).toEqual({ text: '7', color: ORANGE });
  });
});

describe('the deadline day and after', () => {
  it('23:59 on the deadline day still counts as today; at 00:00 it is too late: "!" and a call to the service desk, once', async () => {
    const bg = await bakenWaiting(at('2025-12-10T10:00+01:00'));
    await bg.see(cartPage(at('2025-12-10T10:05+01:00'), BAKEN));
    await bg.runUntil(at('2025-12-12T23:59+01:00'));
    expect(await bg.badge()).toEqual({ text: '0', color: ORANGE });

    const atMidnight = await bg.runUntil(at('2025-12-13T00:00+01:00'));
    expect(await bg.badge()).toEqual({ text: '!', color: RED });
    // No notification in the night; the morning after, one that says what to do now.
    expect(atMidnight).toEqual([]);
    const morning = await bg.runUntil(at('2025-12-13T09:00+01:00'));
    expect(morning).toHaveLength(1);
    expect(morning[0]?.title).toBe('Vinkje: Het Baken College');
    expect(morning[0]?.message).toContain('De deadline (vrijdag 12 december 2025) is verstreken');
    expect(morning[0]?.message).toContain('Bel de servicedesk van SLBdiensten: 020-420 1396');

    // A restart later that day, or the same alarm again, does not repeat it.
    await bg.restartBrowser();
    await bg.fire(REMINDER_ALARM);
    expect(await bg.runUntil(at('2025-12-13T20:00+01:00'))).toEqual([]);
    expect(await bg.badge()).toEqual({ text: '!', color: RED });
  });
});

describe('into the new year', () => {
  it('an unfinished registration stays first in January, then gives way to the next one', async () => {
    const bg = await bakenWaiting(at('2025-12-10T10:00+01:00'));
    await bg.see(cartPage(at('2025-12-10T10:05+01:00'), BAKEN));
    // 1 January 2026: licences of 2026 have started without Het Baken College's order.
    await bg.runUntil(at('2026-01-05T10:00+01:00'));
    expect(await bg.badge()).toEqual({ text: '!', color: RED });
    // From February the registration for 2027 is what Vinkje is about (nothing known of it yet).
    await bg.runUntil(at('2026-02-02T10:00+01:00'));
    expect((await bg.badge()).text).not.toBe('!');
  });
});

describe('each event is notified once', () => {
  it('firing the alarm again, restarting the worker or the browser shows nothing new; the alarm is recomputed from storage', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    const first = await bg.runUntil(at('2025-11-28T09:00+01:00'));
    expect(first).toHaveLength(1);

    await bg.fire(REMINDER_ALARM);
    expect(bg.shown).toHaveLength(1);

    bg.setClock(at('2025-11-28T09:30+01:00'));
    await bg.restartWorker();
    await bg.fire(REMINDER_ALARM);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(bg.shown).toHaveLength(1);

    bg.setClock(at('2025-11-28T12:00+01:00'));
    await bg.restartBrowser();
    expect(bg.shown).toHaveLength(1);
    // The browser lost its alarms; waking on startup set the next reminder again, from the stored progress.
    expect((await bg.alarm(REMINDER_ALARM))?.scheduledTime).toBe(at('2025-12-05T09:00+01:00'));
    expect((await bg.alarm(DAY_ALARM))?.scheduledTime).toBe(at('2025-11-29T00:00+01:00'));
    expect(await bg.badge()).toEqual({ text: '14', color: BLUE });

    // The next reminder morning is a new event.
    expect(titles(await bg.runUntil(at('2025-12-05T09:00+01:00')))).toEqual(['Vinkje: Het Baken College']);
  });

  it('an alarm that fires late (the computer was asleep) is not lost and sets the next one in the future', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    await bg.restartWorker();
    bg.setClock(at('2025-12-06T08:00+01:00'));
    await bg.fire(REMINDER_ALARM);
    expect(bg.shown).toHaveLength(1);
    expect(bg.shown[0]?.message).toContain('Nog 6 dagen');
    expect((await bg.alarm(REMINDER_ALARM))?.scheduledTime).toBe(at('2025-12-09T09:00+01:00'));
    expect(await bg.badge()).toEqual({ text: '6', color: BLUE });
  });
});

describe('an order waiting for approval', () => {
  async function ordered(): Promise<TestBackground> {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    await bg.see(cartPage(at('2025-12-03T14:00+01:00'), BAKEN), thankYouPage(at('2025-12-03T14:20+01:00'), BAKEN, '204517'));
    return bg;
  }

  it('is reminded an hour after placing, then every morning, and approving it stops the reminders and clears the badge', async () => {
    const bg = await ordered();
    expect((await bg.alarm(REMINDER_ALARM))?.scheduledTime).toBe(at('2025-12-03T15:20+01:00'));
    expect(await bg.badge()).toEqual({ text: '9', color: BLUE });

    const hourLater = await bg.runUntil(at('2025-12-03T15:20+01:00'));
    expect(hourLater).toHaveLength(1);
    expect(hourLater[0]?.title).toBe('Vinkje: Het Baken College');
    expect(hourLater[0]?.message).toBe('Bestelling 204517 staat nog open. Keur hem goed via Openstaande bestellingen.');

    expect(await bg.runUntil(at('2025-12-04T08:59+01:00'))).toEqual([]);
    const nextMorning = await bg.runUntil(at('2025-12-04T09:00+01:00'));
    expect(nextMorning.map((n) => n.message)).toEqual(['Bestelling 204517 staat nog open. Keur hem goed via Openstaande bestellingen.']);

    // From a week before the deadline it is a deadline warning, still one a day.
    const week = await bg.runUntil(at('2025-12-05T09:00+01:00'));
    expect(week.map((n) => n.message)).toEqual([
      'Bestelling 204517 voor Het Baken College is nog niet goedgekeurd. Nog 7 dagen tot de deadline (vrijdag 12 december 2025). Keur de bestelling goed via Openstaande bestellingen.',
    ]);
    expect(await bg.badge()).toEqual({ text: '7', color: ORANGE });

    const onScreen = async () => Object.keys(await fakeBrowser.notifications.getAll());
    expect((await onScreen()).filter((id) => isD01(id))).toHaveLength(1);

    // Approved: Bestelhistorie shows Goedgekeurd. The badge clears and the warning leaves the screen.
    await bg.see(historyPage(at('2025-12-05T11:00+01:00'), [orderRow('204517', BAKEN, 'approved', '03-12-2025')]));
    expect(await bg.badge()).toEqual({ text: '', color: rgba('#2E7D32') });
    expect((await onScreen()).filter((id) => isD01(id))).toEqual([]);
    expect(await bg.runUntil(at('2025-12-14T12:00+01:00'))).toEqual([]);
    expect(await bg.badge()).toEqual({ text: '', color: rgba('#2E7D32') });
  });

  it('the shop’s message after approving stops the reminders, before Bestelhistorie is opened', async () => {
    const bg = await ordered();
    expect(await bg.runUntil(at('2025-12-03T15:20+01:00'))).toHaveLength(1);
    const approved = openOrdersPage(at('2025-12-03T16:00+01:00'), []);
    await bg.see({ ...approved, messages: ['Bestelling 204517 is goedgekeurd.'], approvedOrders: ['204517'] });
    expect(await bg.runUntil(at('2025-12-11T12:00+01:00'))).toEqual([]);
    expect(await bg.badge()).toEqual({ text: '', color: rgba('#2E7D32') });
  });

  it('an Adobe order placed in the same weeks does not silence the registration’s reminders', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    await bg.see(
      cartPage(at('2025-12-03T14:00+01:00'), BAKEN),
      cartPage(at('2025-12-03T14:10+01:00'), BAKEN, '', ADOBE_CART),
      thankYouPage(at('2025-12-03T14:20+01:00'), BAKEN, '204777'),
      historyPage(at('2025-12-03T15:00+01:00'), [orderRow('204777', BAKEN, 'approved', '03-12-2025')]),
    );
    const week = await bg.runUntil(at('2025-12-05T09:00+01:00'));
    expect(week.map((n) => n.message).join(' ')).toContain('Het Baken College');
    expect(await bg.badge()).toEqual({ text: '7', color: ORANGE });
  });

  it('two days before the deadline an open order makes the badge critical', async () => {
    const bg = await ordered();
    await bg.runUntil(at('2025-12-10T00:00+01:00'));
    expect(await bg.badge()).toEqual({ text: '!', color: RED });
    const morning = await bg.runUntil(at('2025-12-10T09:00+01:00'));
    expect(morning).toHaveLength(1);
    expect(morning[0]?.message).toContain('Nog 2 dagen tot de deadline');
  });

  it('a click on the notification opens Openstaande bestellingen: the address last seen, else the account page', async () => {
    const bg = await ordered();
    const [d01] = await bg.runUntil(at('2025-12-05T09:00+01:00')).then((list) => list.filter((n) => isD01(n.id)));
    expect(d01).toBeDefined();
    await fakeBrowser.notifications.onClicked.trigger(d01?.id ?? '');
    let tabs = await fakeBrowser.tabs.query({});
    expect(tabs.at(-1)?.url).toBe('https://www.slbdiensten.nl/account/');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).not.toContain(d01?.id);

    // Once the open orders page has been seen, a click goes straight there.
    await bg.see(openOrdersPage(at('2025-12-05T09:10+01:00'), [orderRow('204517', BAKEN, 'open', '03-12-2025')]));
    // Saturday 6 and Sunday 7 December pass without one: the next comes on Monday.
    expect(await bg.runUntil(at('2025-12-07T23:00+01:00'))).toEqual([]);
    const [next] = await bg.runUntil(at('2025-12-08T09:00+01:00'));
    expect(readNotificationId(next?.id ?? '')?.target).toBe('open-orders');
    await fakeBrowser.notifications.onClicked.trigger(next?.id ?? '');
    tabs = await fakeBrowser.tabs.query({});
    expect(tabs.at(-1)?.url).toBe('https://www.slbdiensten.nl/account/openstaande-bestellingen/');
  });
});

describe('snooze', () => {
  it('no notification until the snooze ends; then what is due is shown', async () => {
    const bg = await bakenWaiting(at('2025-11-20T10:00+01:00'));
    bg.setClock(at('2025-12-05T08:00+01:00'));
    const answer = await bg.fromExtensionPage({ type: 'snooze', hours: 24 });
    expect(answer.ok).toBe(true);

    expect(await bg.runUntil(at('2025-12-06T07:59+01:00'))).toEqual([]);
    // The badge keeps counting while snoozed.
    expect((await bg.badge()).text).toBe('6');
    const after = await bg.runUntil(at('2025-12-06T08:00+01:00'));
    expect(after).toHaveLength(1);
    expect(after[0]?.message).toContain('Nog 6 dagen');
  });
});

describe('several institutions', () => {
  it('the badge clears only when every institution is done', async () => {
    const start = at('2025-11-20T10:00+01:00');
    const bg = await bootBackground({ at: start });
    await bg.see(
      accountPage(start),
      renewalsPage(start + 60_000, [
        { institution: BAKEN, canClaim: true },
        { institution: ROC, canClaim: true },
      ]),
    );
    await bg.see(
      historyPage(at('2025-11-21T10:00+01:00'), [orderRow('204517', BAKEN, 'approved', '20-11-2025')]),
    );
    expect(await bg.badge()).toEqual({ text: '21', color: BLUE });

    const reminders = await bg.runUntil(at('2025-11-28T09:00+01:00'));
    expect(titles(reminders)).toEqual(['Vinkje: ROC Rivierland']);

    await bg.see(historyPage(at('2025-11-28T10:00+01:00'), [orderRow('204600', ROC, 'completed', '27-11-2025')]));
    expect((await bg.badge()).text).toBe('');
    expect(await bg.runUntil(at('2025-12-13T10:00+01:00'))).toEqual([]);
    expect((await bg.badge()).text).toBe('');
  });
});

describe('across the end of summer time (Sun 26 Oct 2025)', () => {
  /** The registration moved by the person to end on the very day the clocks go back. */
  async function deadlineOnDstDay(): Promise<TestBackground> {
    const start = at('2025-10-01T10:00+02:00');
    const bg = await bootBackground({ at: start });
    const set = await bg.fromExtensionPage({
      type: 'put-settings',
      settings: { campaignOverrides: { '2026': { deadline: '2025-10-26', opens: '2025-10-01' } } },
    });
    expect(set.ok).toBe(true);
    await bg.see(accountPage(start), { ...renewalsPage(start + 60_000, [{ institution: BAKEN, canClaim: true }]), deadlineText: null });
    return bg;
  }

  it('reminders stay at 09:00 on the wall clock, before and after the change', async () => {
    const bg = await deadlineOnDstDay();
    const shown = await bg.runUntil(at('2025-10-26T12:00+01:00'));
    // A Sunday deadline: the reminders that would fall on a weekend come on the Friday before; the
    // deadline morning itself stays.
    expect(shown.map((n) => n.at)).toEqual([
      at('2025-10-10T09:00+02:00'),
      at('2025-10-17T09:00+02:00'),
      at('2025-10-23T09:00+02:00'),
      at('2025-10-24T09:00+02:00'),
      at('2025-10-26T09:00+01:00'),
    ]);
    expect(shown.at(-1)?.message).toContain('Vandaag is de deadline (zondag 26 oktober 2025).');
  });

  it('the 25-hour deadline day: "0" from 00:00 summer time to 23:59 winter time, "!" at 00:00', async () => {
    const bg = await deadlineOnDstDay();
    await bg.runUntil(at('2025-10-25T23:59+02:00'));
    expect((await bg.badge()).text).toBe('1');
    await bg.runUntil(at('2025-10-26T00:00+02:00'));
    expect((await bg.badge()).text).toBe('0');
    await bg.runUntil(at('2025-10-26T23:59+01:00'));
    expect((await bg.badge()).text).toBe('0');
    await bg.runUntil(at('2025-10-27T00:00+01:00'));
    expect(await bg.badge()).toEqual({ text: '!', color: RED });
  });
});
