import { describe, expect, it } from 'vitest';
import { useE2E, SHOP_ORIGIN, browserName } from './setup';
import { waitFor } from './actions';
import { clickInSidebar, waitForSidebar } from './sidebar';
import { CONTACT, logIn } from './flows';
import { axeViolations } from './axe';

function reportText(page: Parameters<typeof clickInSidebar>[0]): Promise<string> {
  return page.evaluate(() => {
    const area = document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelector<HTMLTextAreaElement>('[data-testid="vinkje-report-text"]');
    return area?.value ?? '';
  });
}

describe(`the page report on a page Vinkje does not recognise (${browserName})`, () => {
  const e2e = useE2E();

  it('shows the whole report, with the shop words kept and the personal data replaced, before anything leaves the page', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await page.goto(`${SHOP_ORIGIN}/bestaat-niet/`);
    await waitForSidebar(page, 'not-found page', (s) => s.page === 'unknown');
    await clickInSidebar(page, 'Pagina melden');
    const report = await waitFor('the report', () => reportText(page), (t) => t.length > 0);
    expect(report).toContain('Herkend als / recognised as: unknown');
    expect(report).toMatch(/Vinkje-versie \/ version: \d+\.\d+\.\d+/);
    expect(report).toContain('"Pagina niet gevonden"');
    expect(report).toContain('"Uitloggen"');
    // The footer's e-mail address and phone number, and the person's own address, are replaced.
    expect(report).not.toContain('@');
    expect(report).not.toContain(CONTACT.email);
    expect(report).not.toContain('1396');
    expect(report).toContain('[e-mail]');
    // Vinkje's own panel is not part of the page it reports on.
    expect(report).not.toContain('vinkje-sidebar');
    // The open report keeps the panel accessible.
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
