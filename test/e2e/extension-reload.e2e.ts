import { describe, expect, it } from 'vitest';
import { useE2E, browserName } from './setup';
import { fill, waitFor } from './actions';
import { readSidebar, waitForSidebar } from './sidebar';
import { claimCart, logIn } from './flows';
import { openExtensionPage, type ExtensionApi } from './extension-pages';

describe(`the extension reloaded while a shop tab is open (${browserName})`, () => {
  const e2e = useE2E();

  it('the open tab says what to do, and after a page reload nothing is lost', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await claimCart(page, 0);
    await waitForSidebar(page, 'cart claimed', (x) => x.page === 'cart' && x.steps['2'] === 'done');

    // An update or reload of the extension: the old content script in this tab loses its extension.
    const popup = await openExtensionPage(e2e.browser, 'popup.html');
    await popup
      .evaluate(() => {
        const g = globalThis as unknown as { browser?: ExtensionApi & { runtime: { reload(): void } }; chrome: ExtensionApi & { runtime: { reload(): void } } };
        (g.browser ?? g.chrome).runtime.reload();
      })
      .catch(() => {}); // the page goes away with the extension
    await new Promise((r) => setTimeout(r, 1500));

    // The person goes on typing in the shop: the old copy must not fail silently. Chromium keeps the
    // old copy, which now asks for a page reload; Firefox puts a fresh copy in the tab, which just works.
    await fill(page, 'Referentie', 'PO-77');
    const s = await waitFor(
      'a clear message or a working sidebar',
      () => readSidebar(page),
      (x) => x.text.includes('Herlaad deze pagina') || (x.steps['4'] === 'done' && x.steps['2'] === 'done'),
      15_000,
    );
    if (browserName === 'chromium') expect(s.text).toContain('Herlaad deze pagina');
    else expect(s.steps['2']).toBe('done');

    // Nothing is lost: with the extension back (a fresh start on the same profile), the progress is there.
    await e2e.browser.restart();
    const again = await e2e.browser.newPage();
    await logIn(again);
    await again.goto(page.url());
    const after = await waitForSidebar(again, 'after the restart', (x) => x.page === 'cart' && x.steps['1'] !== undefined, 15_000);
    expect(after.steps['1']).toBe('done');
    expect(after.steps['2']).toBe('done');
    expect(after.text).not.toContain('Herlaad deze pagina');
    await again.close();
  });
});
