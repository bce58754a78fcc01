import { describe, expect, it } from 'vitest';
import { useE2E, browserName, SHOP_ORIGIN } from './setup';
import { waitFor } from './actions';
import { waitForSidebar } from './sidebar';
import { claimCart, logIn, viewFutureLicences } from './flows';
import { axeViolations } from './axe';
import { openExtensionPage } from './extension-pages';
import type { E2EPage } from './driver';

/** The page sees a dark system, and the element is drawn dark (so the check below cannot pass on the light theme). */
async function drawnDark(page: E2EPage, where: 'sidebar' | 'body'): Promise<{ dark: boolean; background: string }> {
  return page.evaluate((w: string) => {
    const el =
      w === 'sidebar'
        ? (document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelector('[data-testid="vinkje-panel"]') as HTMLElement | null)
        : document.documentElement;
    const background = el ? getComputedStyle(el).backgroundColor : '';
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    return { dark: matchMedia('(prefers-color-scheme: dark)').matches, background: r + g + b < 150 ? 'dark' : background };
  }, where);
}

describe(`the dark theme, checked by axe-core (${browserName})`, () => {
  const e2e = useE2E({}, { colorScheme: 'dark' });

  it('the sidebar on the shop, dark and without violations, with findings on the cart', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${SHOP_ORIGIN}/login/?redirect=%2Faccount%2F`);
    await waitForSidebar(page, 'login', (x) => x.page === 'login');
    expect(await drawnDark(page, 'sidebar')).toEqual({ dark: true, background: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await logIn(page);
    await viewFutureLicences(page);
    await claimCart(page, 1);
    await waitForSidebar(page, 'cart with errors', (x) => x.page === 'cart' && x.findings.length > 0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the popup, the options page and the welcome page, dark and without violations', async () => {
    for (const file of ['popup.html', 'options.html'] as const) {
      const page = await openExtensionPage(e2e.browser, file);
      expect({ file, ...(await drawnDark(page, 'body')) }).toEqual({ file, dark: true, background: 'dark' });
      expect({ file, violations: await axeViolations(page, 'body') }).toEqual({ file, violations: [] });
      await page.close();
    }
    const welcome = await e2e.browser.newPage();
    await welcome.goto(e2e.browser.extensionUrl('welcome.html'));
    await waitFor('welcome page drawn', () => welcome.evaluate(() => document.querySelector('[data-testid="vinkje-welcome-page"]') !== null), Boolean);
    expect(await drawnDark(welcome, 'body')).toEqual({ dark: true, background: 'dark' });
    expect(await axeViolations(welcome, 'body')).toEqual([]);
    await welcome.close();
  });
});
