import { describe, expect, it } from 'vitest';
import { useE2E, browserName, SHOP_ORIGIN } from './setup';
import { clickInSidebar, readSidebar, waitForSidebar } from './sidebar';
import { logIn } from './flows';

// The sidebar's English texts come in the HTML the background draws for a view in English
// (components/sidebar-html.tsx); the content script carries only the frame's few texts.
describe(`the sidebar in English (${browserName})`, () => {
  const e2e = useE2E();

  it('shows English once switched, on the next page too, and is never empty meanwhile', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${SHOP_ORIGIN}/login/?redirect=%2Faccount%2F`);
    await waitForSidebar(page, 'login, Dutch', (x) => x.page === 'login' && x.text.includes('Stappen'));
    // Held down for a while, as a slow hand does: the interactive sidebar loads meanwhile and must
    // not replace the drawn button under the pointer, or the press would be lost.
    await clickInSidebar(page, 'English', 1000);
    await waitForSidebar(page, 'login, English', (x) => x.text.includes('Steps') && x.text.includes('Nederlands') && !x.text.includes('Stappen'));

    // A new page has a new content script, which asks for the texts again.
    await logIn(page);
    await waitForSidebar(page, 'account, drawn', (x) => x.present);
    expect((await readSidebar(page)).text).not.toBe('');
    await waitForSidebar(page, 'account, English', (x) => x.page === 'account' && x.text.includes('Steps') && !x.text.includes('Stappen'));

    await clickInSidebar(page, 'Nederlands');
    await waitForSidebar(page, 'account, Dutch again', (x) => x.text.includes('Stappen') && !x.text.includes('Steps'));
    await page.close();
  });
});
