/**
 * The shop's page states one deadline and the person entered another: the sidebar shows both, says
 * where the date it counts with comes from, and remembers the person's answer (a restart included).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renewalsPage } from '../core/test-support/observations';
import type { SidebarView } from '../core/view';
import { bootBackground } from './background.testutil';

const DEC_2_2026 = Date.parse('2026-12-02T10:00+01:00');
const SHOP = 'https://www.slbdiensten.nl/account/';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Licenties verlengen for licence year 2027, stating "uiterlijk vrijdag 11 december 2026". */
function renewalsStating11December(at: number) {
  const page = renewalsPage(at, []);
  return { ...page, deadlineText: 'Rond de registratie uiterlijk vrijdag 11 december 2026 af, zodat je licenties per 1-1-2027 vernieuwd zijn.' };
}

async function deadline(bg: Awaited<ReturnType<typeof bootBackground>>) {
  const answer = await bg.fromShop({ type: 'view', url: SHOP });
  return (answer.view as SidebarView).deadline;
}

describe('the shop’s deadline and the person’s own', () => {
  it('names the source of the date it counts with', async () => {
    const bg = await bootBackground({ at: DEC_2_2026 });
    expect((await deadline(bg)).source).toBe('estimate');
    await bg.see(renewalsStating11December(DEC_2_2026));
    const seen = await deadline(bg);
    expect(seen.source).toBe('page');
    expect(seen.dateText.nl).toBe('vrijdag 11 december 2026');
    expect(seen.conflict).toBeNull();
  });

  it('shows both when they differ, counts with the shop’s until asked, and keeps the answer', async () => {
    const bg = await bootBackground({ at: DEC_2_2026 });
    await bg.fromExtensionPage({ type: 'put-settings', settings: { campaignOverrides: { 2027: { deadline: '2026-12-18' } } } });
    await bg.see(renewalsStating11December(DEC_2_2026));

    const asked = await deadline(bg);
    expect(asked.source).toBe('page');
    expect(asked.daysLeft).toBe(9);
    expect(asked.conflict).toEqual({
      pageDate: '2026-12-11',
      pageDateText: { nl: 'vrijdag 11 december 2026', en: 'Friday 11 December 2026' },
      userDateText: { nl: 'vrijdag 18 december 2026', en: 'Friday 18 December 2026' },
    });

    const answer = await bg.fromShop({ type: 'sidebar-action', url: SHOP, action: { type: 'choose-deadline', pageDate: '2026-12-11', keep: 'user' } });
    expect(answer.ok).toBe(true);
    const chosen = (answer.view as SidebarView).deadline;
    expect(chosen.source).toBe('user');
    expect(chosen.daysLeft).toBe(16);
    expect(chosen.conflict).toBeNull();

    await bg.restartWorker();
    expect((await deadline(bg)).conflict).toBeNull();
  });

  it('asks again when the shop later states yet another date', async () => {
    const bg = await bootBackground({ at: DEC_2_2026 });
    await bg.fromExtensionPage({ type: 'put-settings', settings: { campaignOverrides: { 2027: { deadline: '2026-12-18' } } } });
    await bg.see(renewalsStating11December(DEC_2_2026));
    await bg.fromShop({ type: 'sidebar-action', url: SHOP, action: { type: 'choose-deadline', pageDate: '2026-12-11', keep: 'page' } });
    expect((await deadline(bg)).conflict).toBeNull();

    // A new date of the person's own asks again as well.
    await bg.fromExtensionPage({ type: 'put-settings', settings: { campaignOverrides: { 2027: { deadline: '2026-12-17' } } } });
    expect((await deadline(bg)).conflict?.userDateText.nl).toBe('donderdag 17 december 2026');

    const later = DEC_2_2026 + 3_600_000;
    await bg.see({ ...renewalsPage(later, []), deadlineText: 'Rond de registratie uiterlijk woensdag 9 december 2026 af.' });
    expect((await deadline(bg)).conflict?.pageDate).toBe('2026-12-09');
  });

  it('the popup shows both too, and can answer', async () => {
    const bg = await bootBackground({ at: DEC_2_2026 });
    await bg.fromExtensionPage({ type: 'put-settings', settings: { campaignOverrides: { 2027: { deadline: '2026-12-18' } } } });
    await bg.see(renewalsStating11December(DEC_2_2026));
    const asked = await bg.fromExtensionPage({ type: 'overview' });
    expect((asked.data as { deadline: { conflict: { pageDate: string } | null } }).deadline.conflict?.pageDate).toBe('2026-12-11');
    const answered = await bg.fromExtensionPage({ type: 'choose-deadline', pageDate: '2026-12-11', keep: 'page' });
    expect((answered.data as { deadline: { conflict: unknown; source: string } }).deadline).toMatchObject({ conflict: null, source: 'page' });
    expect((await deadline(bg)).conflict).toBeNull();
  });

  it('refuses an answer that is not a day', async () => {
    const bg = await bootBackground({ at: DEC_2_2026 });
    const answer = await bg.fromShop({ type: 'sidebar-action', url: SHOP, action: { type: 'choose-deadline', pageDate: 'morgen', keep: 'user' } });
    expect(answer.ok).toBe(false);
  });
});
