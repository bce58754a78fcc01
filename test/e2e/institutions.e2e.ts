import { describe, expect, it } from 'vitest';
import { useE2E, browserName, SHOP_ORIGIN } from './setup';
import { click, pageText, waitFor } from './actions';
import { waitForSidebar, type SidebarSnapshot } from './sidebar';
import { claimCart, logIn } from './flows';
import type { E2EPage } from './driver';

/** The switcher's options: "Het Baken College (2/7)" etc. */
const switcher = (page: E2EPage) =>
  page.evaluate(() =>
    Array.from(document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelectorAll('select option') ?? []).map((o) => o.textContent ?? ''),
  );

/** Where keyboard focus is inside the sidebar: the focused control's label text and type. */
const focused = (page: E2EPage) =>
  page.evaluate(() => {
    const el = document.querySelector('vinkje-sidebar')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!el) return null;
    const label = el.id ? el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`) : null;
    return { tag: el.tagName.toLowerCase(), type: (el as HTMLInputElement).type ?? '', text: ((label || el).textContent ?? '').replace(/\s+/g, ' ').trim() };
  });

describe(`a contact with three institutions (${browserName})`, () => {
  const e2e = useE2E();

  it('tracks each institution separately and warns before a second claim', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await click(page, 'Bestelhistorie');
    await waitForSidebar(page, 'order history', (x) => x.page === 'order-history');
    await claimCart(page, 0); // Het Baken College
    await waitForSidebar(page, 'Het Baken claimed', (x) => x.page === 'cart' && x.steps['2'] === 'done');

    await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
    let s = await waitForSidebar(page, 'second-claim warning', (x: SidebarSnapshot) => x.page === 'renewals' && x.text.includes('maar 1 winkelwagen'));
    expect(s.text).toContain('Rond eerst Het Baken College af');
    const options = await switcher(page);
    expect(options).toEqual(expect.arrayContaining(['Het Baken College (2/7)', 'ROC Rivierland (1/7)', 'Lyceum Zuiderpark (7/7)']));

    // The shop refuses the second claim with its own message; Vinkje's progress is unchanged.
    await click(page, 'Bekijk order', { navigates: false, index: 1 });
    await click(page, 'Toevoegen aan winkelwagen');
    expect(await pageText(page)).toContain('Je hebt al een winkelwagen geclaimd voor Het Baken College');
    s = await waitForSidebar(page, 'after the refusal', (x) => x.page === 'renewals' && x.steps['1'] !== undefined);
    expect(await switcher(page)).toEqual(expect.arrayContaining(['Het Baken College (2/7)', 'ROC Rivierland (1/7)']));
    await page.close();
  });

  it('on a page it does not recognise, says so and lets the steps be ticked with the keyboard alone', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await page.goto(`${SHOP_ORIGIN}/over-ons/`);
    let s = await waitForSidebar(page, 'unknown page', (x) => x.page === 'unknown' && x.steps['1'] !== undefined);
    expect(s.text).toContain('niet herkend');
    expect(s.institution).toBe('Het Baken College');
    expect(s.steps['3']).toBe('todo');

    // Into the panel with the keyboard: focus its first control, then Tab to step 3 and press Space.
    await page.evaluate(() => (document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelector('button') as HTMLElement).focus());
    for (let i = 0; i < 30; i++) {
      const f = await focused(page);
      if (f?.type === 'checkbox' && f.text.startsWith('3.')) break;
      await page.press('Tab');
    }
    expect((await focused(page))?.text).toContain('Aantallen controleren');
    await page.press('Space');
    s = await waitForSidebar(page, 'step 3 ticked by hand', (x) => x.steps['3'] === 'done');
    expect(s.text).toContain('handmatig');
    // …and back to what Vinkje saw, still with the keyboard.
    await page.press('Tab');
    expect((await focused(page))?.text).toBe('Automatisch');
    await page.press('Enter');
    s = await waitForSidebar(page, 'step 3 automatic again', (x) => x.steps['3'] === 'todo');
    expect(s.text).not.toContain('handmatig');

    // The focus is visible: the focused control gets an outline.
    await page.evaluate(() => (document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelector('input[type=checkbox]') as HTMLElement).focus());
    await page.press('Tab');
    await page.press('Shift+Tab');
    const outline = await page.evaluate(() => {
      const el = document.querySelector('vinkje-sidebar')?.shadowRoot?.activeElement as HTMLElement;
      return getComputedStyle(el).outlineStyle;
    });
    expect(outline).not.toBe('none');
    await waitFor('page still usable', () => pageText(page), (t) => t.length > 0);
    await page.close();
  });
});
