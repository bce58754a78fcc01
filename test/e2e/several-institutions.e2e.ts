/**
 * One voice for several schools (issue #10, item 7): a contact person of three institutions gets one
 * notification per reminder moment that counts them, not one per school; the popup has the detail,
 * and a school that does not take part this year, or is removed from Vinkje, is no longer counted.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromToday, isDaysLeft } from './calendar';
import { useE2E, browserName, launch, SHOP_ORIGIN, type E2EContext } from './setup';
import { click, waitFor } from './actions';
import { waitForSidebar } from './sidebar';
import { logIn } from './flows';
import { dismissNotifications, notifications, openExtensionPage, recordNotifications, reminderMomentNow } from './extension-pages';
import type { E2EPage, NotificationText } from './driver';

/** The shop says the deadline is two days from today (Amsterdam): every reminder is due. */
const inTwoDays = dayFromToday(2);
const SHOP = { scenario: 'fresh', deadline: inTwoDays } as const;
/** Long enough for a second notification of the same moment to have come, if there were one. */
const SETTLE_MS = 2_000;

const popupRows = (page: E2EPage) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid="vinkje-popup-institution"]')).map((el) => ({
      name: el.querySelector('h3')?.firstChild?.textContent ?? '',
      takingPart: el.dataset.takingPart === 'true',
      text: (el.textContent ?? '').replace(/\s+/g, ' '),
    })),
  );

/** Logs in and opens Licenties verlengen, where Vinkje learns the three schools and the shop's deadline. */
async function visitRenewals(ctx: E2EContext): Promise<E2EPage> {
  const page = await ctx.browser.newPage();
  await logIn(page);
  await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
  await waitForSidebar(page, 'the shop’s deadline read', (x) => x.page === 'renewals' && isDaysLeft(inTwoDays, x.daysLeft));
  return page;
}

/** Waits for the n-th notification, then a moment more, and returns every one shown so far. */
async function nthNotification(read: () => Promise<NotificationText[]>, n: number): Promise<NotificationText[]> {
  await waitFor(`notification ${n}`, read, (list) => list.length >= n, 15_000);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return read();
}

/** The institution a notification's id names ("" for one about several). */
const institutionOf = (id: string) => decodeURIComponent(id.split('|')[2] ?? '');

describe(`one voice for three schools (${browserName})`, () => {
  const e2e = useE2E(SHOP);

  it('a reminder moment with three schools due gives one notification that counts them; the popup has the detail per school', async () => {
    const texts = await e2e.browser.recordNotificationTexts();
    const popup = await openExtensionPage(e2e.browser, 'popup.html');
    await recordNotifications(popup);
    const page = await visitRenewals(e2e);
    // Not started yet is said at a reminder moment, not the minute the schools become known.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(await texts()).toEqual([]);

    await reminderMomentNow(popup);
    const shown = await nthNotification(texts, 1);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('Vinkje');
    expect(shown[0]?.message).toMatch(/^3 van 3 instellingen nog niet afgerond; 3 nog niet begonnen\. /);
    expect(shown[0]?.message).toContain('Open Vinkje in de werkbalk');
    // The browser saw the same: one notification, about no single school.
    const seen = (await notifications(popup)).seen;
    expect(seen).toHaveLength(1);
    expect(institutionOf(seen[0]!)).toBe('');
    await dismissNotifications(popup);

    // The detail is in the popup: each school with what it still needs.
    await popup.close();
    const detail = await openExtensionPage(e2e.browser, 'popup.html');
    const rows = await waitFor('three schools in the popup', () => popupRows(detail), (r) => r.length === 3);
    expect(rows.map((r) => r.name).sort()).toEqual(['Het Baken College', 'Lyceum Zuiderpark', 'ROC Rivierland']);
    for (const row of rows) expect(row.text).toContain(`voor ${row.name} is nog niet begonnen`);
    await page.close();
    await detail.close();
  });

  it('a school removed after the confirmation is gone from the popup; cancelling keeps it', async () => {
    const popup = await openExtensionPage(e2e.browser, 'popup.html');
    await waitFor('three schools', () => popupRows(popup), (r) => r.length === 3);
    await click(popup, 'Verwijderen uit Vinkje… voor Lyceum Zuiderpark', { navigates: false, buttonsOnly: true });
    await waitFor('the question', () => popup.evaluate(() => document.body.textContent ?? ''), (t) => t.includes('Lyceum Zuiderpark en de voortgang van dit licentiejaar uit Vinkje verwijderen?'));
    await click(popup, 'Annuleren', { navigates: false, buttonsOnly: true });
    await new Promise((r) => setTimeout(r, 500));
    expect((await popupRows(popup)).map((r) => r.name)).toContain('Lyceum Zuiderpark');

    await click(popup, 'Verwijderen uit Vinkje… voor Lyceum Zuiderpark', { navigates: false, buttonsOnly: true });
    await click(popup, 'Ja, verwijderen', { navigates: false, buttonsOnly: true });
    const rows = await waitFor('two schools left', () => popupRows(popup), (r) => r.length === 2);
    expect(rows.map((r) => r.name).sort()).toEqual(['Het Baken College', 'ROC Rivierland']);
    await popup.close();
    // Gone for good, not only from this view.
    const again = await openExtensionPage(e2e.browser, 'popup.html');
    expect((await waitFor('the popup opened again', () => popupRows(again), (r) => r.length > 0)).map((r) => r.name).sort()).toEqual(['Het Baken College', 'ROC Rivierland']);
    await again.close();
  });

  it('a school marked "doet dit jaar niet mee" is not counted in the next summary; "doet toch mee" counts it again', async () => {
    const ctx = await launch(SHOP);
    try {
      const texts = await ctx.browser.recordNotificationTexts();
      const page = await visitRenewals(ctx);
      const popup = await openExtensionPage(ctx.browser, 'popup.html');
      await waitFor('three schools', () => popupRows(popup), (r) => r.length === 3);
      await click(popup, 'Doet dit jaar niet mee voor Lyceum Zuiderpark', { navigates: false, buttonsOnly: true });
      const marked = await waitFor('Lyceum not taking part', () => popupRows(popup), (r) => r.some((x) => x.name === 'Lyceum Zuiderpark' && !x.takingPart));
      expect(marked.find((x) => x.name === 'Lyceum Zuiderpark')?.text).toContain('Vinkje herinnert je niet aan deze instelling');

      await reminderMomentNow(popup);
      let shown = await nthNotification(texts, 1);
      expect(shown).toHaveLength(1);
      expect(shown[0]?.message).toMatch(/^2 van 2 instellingen nog niet afgerond; 2 nog niet begonnen\. /);

      await click(popup, 'Doet toch mee voor Lyceum Zuiderpark', { navigates: false, buttonsOnly: true });
      await waitFor('Lyceum taking part again', () => popupRows(popup), (r) => r.every((x) => x.takingPart));

      // Meanwhile the orders of ROC Rivierland and Lyceum Zuiderpark were placed (elsewhere) and wait
      // for approval: seen on Openstaande bestellingen, both in one summary that counts Lyceum again.
      await ctx.shop.reset({ scenario: 'several-open', deadline: inTwoDays });
      await logIn(page);
      await click(page, 'Openstaande bestellingen');
      await waitForSidebar(page, 'open orders', (x) => x.page === 'open-orders');
      shown = await nthNotification(texts, 2);
      expect(shown).toHaveLength(2);
      expect(shown[1]?.title).toBe('Vinkje: dringend');
      expect(shown[1]?.message).toMatch(/^3 van 3 instellingen nog niet afgerond; 2 bestellingen staan open\. /);
      expect(shown.map((n) => institutionOf(n.id))).toEqual(['', '']);
      await page.close();
      await popup.close();
    } finally {
      await ctx.browser.close().catch(() => {});
      await ctx.shop.close().catch(() => {});
      fs.rmSync(ctx.profileDir, { recursive: true, force: true });
    }
  });
});
