import { describe, expect, it } from 'vitest';
import { dayFromToday, isDaysLeft } from './calendar';
import { useE2E, browserName, SHOP_ORIGIN } from './setup';
import { clickInSidebar, waitForSidebar } from './sidebar';
import { logIn } from './flows';
import { openExtensionPage, type ExtensionApi } from './extension-pages';
import type { E2EPage } from './driver';

const shopDeadline = dayFromToday(9);
const myDeadline = dayFromToday(16);

const source = (page: E2EPage) =>
  page.evaluate(() => document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="vinkje-deadline-source"]')?.dataset.source ?? null);

describe(`which date is the deadline (${browserName})`, () => {
  const e2e = useE2E({ scenario: 'fresh', deadline: shopDeadline });

  it('a shop date other than the person’s own is shown next to it; the answer decides and is kept', async () => {
    const options = await openExtensionPage(e2e.browser, 'options.html');
    const licenceYear = Number(shopDeadline.slice(0, 4)) + (Number(shopDeadline.slice(5, 7)) >= 9 ? 1 : 0);
    const saved = await options.evaluate(
      async ({ year, deadline }: { year: number; deadline: string }) => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        return (await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'put-settings', settings: { campaignOverrides: { [year]: { deadline } } } })) as { ok: boolean };
      },
      { year: licenceYear, deadline: myDeadline },
    );
    expect(saved).toMatchObject({ ok: true });
    await options.close();

    const page = await e2e.browser.newPage();
    await logIn(page);
    const mine = await waitForSidebar(page, 'the person’s date before the shop states one', (s) => s.page === 'account' && isDaysLeft(myDeadline, s.daysLeft));
    expect(mine.text).toContain('door jou ingevuld');
    expect(await source(page)).toBe('user');

    // Licenties verlengen states the shop's deadline: it counts, and both dates are shown with the question.
    await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
    const asked = await waitForSidebar(page, 'both dates', (s) => s.page === 'renewals' && isDaysLeft(shopDeadline, s.daysLeft) && s.text.includes('Welke klopt?'));
    expect(asked.text).toContain('zoals de shop het noemt');
    expect(asked.text).toContain('maar jij vulde');
    expect(await source(page)).toBe('page');

    await clickInSidebar(page, '(mijn datum)');
    const kept = await waitForSidebar(page, 'the person’s date kept', (s) => isDaysLeft(myDeadline, s.daysLeft) && !s.text.includes('Welke klopt?'));
    expect(kept.text).toContain('door jou ingevuld');

    // The answer holds on the next page as well.
    await page.reload();
    const again = await waitForSidebar(page, 'after a reload', (s) => s.page === 'renewals');
    expect(isDaysLeft(myDeadline, again.daysLeft), `days left ${again.daysLeft}`).toBe(true);
    expect(again.text).not.toContain('Welke klopt?');
    await page.close();
  });
});
