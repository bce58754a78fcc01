import { describe, expect, it } from 'vitest';
import { useE2E, browserName, SHOP_ORIGIN } from './setup';
import { click, fill } from './actions';
import { readSidebar, waitForSidebar } from './sidebar';
import { claimCart, logIn, viewFutureLicences } from './flows';
import type { E2EPage } from './driver';

/** How the sidebar looks, in numbers a hostile page style would change. */
const looks = (page: E2EPage) =>
  page.evaluate(() => {
    const host = document.querySelector('vinkje-sidebar') as HTMLElement;
    const root = host.shadowRoot!;
    const panel = root.querySelector('[data-testid="vinkje-panel"]') as HTMLElement;
    const label = root.querySelector('[data-step="1"] label') as HTMLElement;
    const box = panel.getBoundingClientRect();
    const style = getComputedStyle(label);
    return {
      hostPosition: getComputedStyle(host).position,
      panelWidth: Math.round(box.width),
      panelRight: Math.round(document.documentElement.clientWidth - box.right),
      fontSize: style.fontSize,
      fontFamily: style.fontFamily,
      color: style.color,
      checkboxVisible: (root.querySelector('input[type=checkbox]') as HTMLElement).getBoundingClientRect().width > 0,
    };
  });

/** Shop controls the sidebar covers: every visible link, button and field must be reachable by a click. */
const coveredControls = (page: E2EPage) =>
  page.evaluate(() => {
    const covered: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'))) {
      if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(hit === el || el.contains(hit) || hit.contains(el))) {
        covered.push(`${el.tagName.toLowerCase()} "${(el.textContent || (el as HTMLInputElement).value || '').trim().slice(0, 40)}" under ${hit?.tagName.toLowerCase()}`);
      }
    }
    window.scrollTo(0, 0);
    return covered;
  });

const HOSTILE_CSS = `
  * { all: unset !important; }
  html { font-size: 40px !important; }
  * { font-family: "Comic Sans MS", fantasy !important; color: magenta !important; z-index: 2147483647 !important; }
  div, aside, section { position: relative !important; }
`;

describe(`the shop's page and Vinkje leave each other alone (${browserName})`, () => {
  const e2e = useE2E();

  it('never covers a shop button, on every page of the registration', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await waitForSidebar(page, 'account', (x) => x.page === 'account');
    expect(await coveredControls(page)).toEqual([]);
    await viewFutureLicences(page);
    await waitForSidebar(page, 'licences', (x) => x.page === 'licenses');
    expect(await coveredControls(page)).toEqual([]);
    await claimCart(page, 1);
    await waitForSidebar(page, 'cart', (x) => x.page === 'cart');
    expect(await coveredControls(page)).toEqual([]);
    await click(page, 'Wijzigen');
    await waitForSidebar(page, 'quantity', (x) => x.page === 'quantity');
    expect(await coveredControls(page)).toEqual([]);
    await fill(page, 'Hoeveel licenties wil je bestellen?', '1.996');
    await click(page, 'Ga verder', { buttonsOnly: true });
    await click(page, 'Plaats bestelling', { buttonsOnly: true });
    await waitForSidebar(page, 'thank-you', (x) => x.page === 'thank-you');
    expect(await coveredControls(page)).toEqual([]);
    await click(page, 'Bestelling goedkeuren');
    await waitForSidebar(page, 'open orders', (x) => x.page === 'open-orders');
    expect(await coveredControls(page)).toEqual([]);
    await page.close();
  });

  it('keeps its own look under a hostile page style', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await page.goto(`${SHOP_ORIGIN}/account/`);
    await waitForSidebar(page, 'account', (x) => x.page === 'account');
    const before = await looks(page);
    await page.evaluate((css: string) => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    }, HOSTILE_CSS);
    const after = await looks(page);
    expect(after).toEqual(before);
    expect(after.hostPosition).toBe('fixed');
    expect((await readSidebar(page)).steps['1']).toBe('done');
    await page.close();
  });

  it('talks to nobody but the shop', async () => {
    // Everything the browsers themselves phone home to; anything else would be Vinkje's doing.
    const browserOwn = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com|mozaws\.net)(:\d+)?$/;
    const hostOf = (target: string) => (target.includes('://') ? new URL(target).host : target);
    const page = await e2e.browser.newPage();
    await logIn(page);
    await claimCart(page, 0);
    await waitForSidebar(page, 'cart', (x) => x.page === 'cart');
    await page.close();
    const foreign = e2e.shop.foreignRequests.map(hostOf).filter((h) => !browserOwn.test(h));
    expect(foreign).toEqual([]);
  });
});
