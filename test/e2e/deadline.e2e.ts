import { describe, expect, it } from 'vitest';
import { dayFromToday, isDaysLeft } from './calendar';
import { useE2E, browserName, launch, SHOP_ORIGIN } from './setup';
import { click, waitFor } from './actions';
import { clickInSidebar, waitForSidebar } from './sidebar';
import { logIn } from './flows';
import { badgeText, notifications, openExtensionPage, recordNotifications, waitForBadge, type ExtensionApi } from './extension-pages';
import type { E2EPage } from './driver';
import fs from 'node:fs';

/** The shop says the deadline is two days from today (Amsterdam), so an Open order is critical. */
const inTwoDays = dayFromToday(2);

/** A notification about ROC Rivierland's Open order: its own, or a summary that includes it. */
const aboutOpenOrder = (id: string) => {
  const decoded = decodeURIComponent(id);
  return decoded.includes('|D01|') || (decoded.includes('SUM|') && decoded.includes('["D01","100587"]'));
};

const popupRows = (page: E2EPage) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid="vinkje-popup-institution"]')).map((el) => ({
      key: el.dataset.key ?? '',
      stepsDone: Number(el.dataset.stepsDone),
      text: (el.textContent ?? '').replace(/\s+/g, ' '),
    })),
  );

describe(`deadline protection (${browserName})`, () => {
  const e2e = useE2E({ scenario: 'open-order', deadline: inTwoDays });

  it('an Open order close to the deadline sets the badge and notifies; approving it clears both', async () => {
    const popup = await openExtensionPage(e2e.browser, 'popup.html');
    await recordNotifications(popup);
    expect(await badgeText(popup)).not.toBe('!');

    const page = await e2e.browser.newPage();
    await logIn(page);
    await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
    const s = await waitForSidebar(page, 'deadline from the page', (x) => x.page === 'renewals' && isDaysLeft(inTwoDays, x.daysLeft));
    expect(s.text).not.toContain('niet bevestigd');
    await click(page, 'Openstaande bestellingen');
    await waitForSidebar(page, 'open orders', (x) => x.page === 'open-orders');

    await waitForBadge(popup, 'critical', (t) => t === '!');
    // Lyceum Zuiderpark's prepared order also shows "Besteld", its approval not yet seen: one summary may speak for both.
    const shown = await waitFor('a notification for the Open order', () => notifications(popup), (n) => n.seen.some(aboutOpenOrder));
    const d01 = shown.seen.find(aboutOpenOrder)!;
    expect(d01.startsWith('vinkje|open-orders|') || d01.startsWith('vinkje|renewals|')).toBe(true);
    // The sidebar says it too, and reminders can be held back for a day from there.
    const warned = await waitForSidebar(page, 'D01 in the sidebar', (x) => x.text.includes('Herinneringen 1 dag uitstellen'));
    expect(warned.text).toContain('ROC Rivierland');
    await clickInSidebar(page, 'Herinneringen 1 dag uitstellen');
    await waitForSidebar(page, 'snoozed', (x) => x.text.includes('Herinneringen uitgesteld tot'));

    // Approve in the shop, then see it approved in the order history.
    await click(page, 'Goedkeuren', { buttonsOnly: true });
    await click(page, 'Bestelhistorie');
    await waitForSidebar(page, 'approved', (x) => x.page === 'order-history' && x.text.includes('Goedgekeurd'));
    await waitForBadge(popup, 'no longer critical', (t) => t !== '!');
    const after = await waitFor('the notification taken away', () => notifications(popup), (n) => !n.onScreen.some(aboutOpenOrder));
    expect(after.onScreen.filter(aboutOpenOrder)).toEqual([]);
    // Never the same notification twice: visiting the open orders again adds nothing.
    const count = after.seen.filter(aboutOpenOrder).length;
    await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
    await waitForSidebar(page, 'renewals again', (x) => x.page === 'renewals');
    expect((await notifications(popup)).seen.filter(aboutOpenOrder).length).toBe(count);
    await page.close();
    await popup.close();
  });

  it('the popup lists the three institutions with their progress', async () => {
    const popup = await openExtensionPage(e2e.browser, 'popup.html');
    const rows = await waitFor('three institutions', () => popupRows(popup), (r) => r.length === 3);
    const byName = Object.fromEntries(rows.map((r) => [r.text.includes('ROC Rivierland') ? 'roc' : r.text.includes('Baken') ? 'baken' : 'lyceum', r]));
    expect(byName.roc?.stepsDone).toBe(7);
    expect(byName.lyceum?.stepsDone).toBe(7);
    expect(byName.baken?.stepsDone).toBe(1);
    const days = await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid="vinkje-deadline"]')?.dataset.daysLeft);
    expect(isDaysLeft(inTwoDays, Number(days)), `days left ${days}`).toBe(true);
    await popup.close();
  });

  it('export, then import into a fresh profile (after a preview that asks first), restores everything', async () => {
    const options = await openExtensionPage(e2e.browser, 'options.html');
    const exported = await options.evaluate(async () => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const answer = (await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'export' })) as { ok: boolean; data: unknown };
      return JSON.stringify(answer.data);
    });
    await options.close();
    const popupBefore = await openExtensionPage(e2e.browser, 'popup.html');
    const before = await waitFor('institutions before export', () => popupRows(popupBefore), (r) => r.length === 3);

    const fresh = await launch({ scenario: 'open-order', deadline: inTwoDays });
    try {
      const page = await openExtensionPage(fresh.browser, 'options.html');
      await waitFor('the import field', () => page.evaluate(() => document.querySelector('[data-testid="vinkje-import"]') !== null), Boolean);
      const chooseFile = (name: string, content: string) =>
        page.evaluate(
          (file: { name: string; content: string }) => {
            const input = document.querySelector<HTMLInputElement>('[data-testid="vinkje-import"]')!;
            const transfer = new DataTransfer();
            transfer.items.add(new File([file.content], file.name, { type: 'application/json' }));
            input.files = transfer.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          },
          { name, content },
        );
      const importResult = () => page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="vinkje-import-result"]')?.dataset.result ?? '');
      const previewText = (testId: string) =>
        page.evaluate((id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);

      // A file that is not an export changes nothing and says why, without asking anything.
      await chooseFile('kapot.json', '{"format": "iets anders"');
      await waitFor('import of kapot.json refused', importResult, (r) => r === 'error');
      expect(await previewText('vinkje-import-preview')).toBeNull();

      // The export: first what it would replace (nothing yet here) and what it brings, then the question.
      await chooseFile('vinkje-export.json', exported);
      const brings = await waitFor('the import preview', () => previewText('vinkje-import-brings'), (t) => t !== null);
      for (const name of ['Het Baken College', 'ROC Rivierland']) expect(brings).toContain(name);
      expect(await previewText('vinkje-import-replaces')).toBe('nog niets');
      // Nothing is imported before the yes.
      const heldBeforeYes = await page.evaluate(async () => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        const answer = (await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'overview' })) as { data: { institutions: unknown[] } };
        return answer.data.institutions.length;
      });
      expect(heldBeforeYes).toBe(0);
      await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="vinkje-import-confirm"]')!.click());
      await waitFor('import of the export', importResult, (r) => r === 'ok');
      const popup = await openExtensionPage(fresh.browser, 'popup.html');
      const after = await waitFor('restored institutions', () => popupRows(popup), (r) => r.length === 3);
      expect(after.map((r) => [r.key, r.stepsDone]).sort()).toEqual(before.map((r) => [r.key, r.stepsDone]).sort());
    } finally {
      await fresh.browser.close();
      await fresh.shop.close();
      fs.rmSync(fresh.profileDir, { recursive: true, force: true });
    }
  });
});
