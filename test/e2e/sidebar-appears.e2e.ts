import { describe, expect, it } from 'vitest';
import { useE2E, SHOP_ORIGIN, browserName } from './setup';
import { click, pageText, waitFor } from './actions';
import { clickInSidebar, readSidebar, waitForSidebar } from './sidebar';
import type { E2EPage } from './driver';
import { logIn } from './flows';

/** The room the shop's page leaves at its right for the panel (README: what Vinkje changes). */
const room = (page: E2EPage) => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);

describe(`the sidebar on the shop (${browserName})`, () => {
  const e2e = useE2E();

  it('appears after logging in, on the account page, with the documented test hooks', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    expect(page.url()).toBe(`${SHOP_ORIGIN}/account/`);
    const sidebar = await waitForSidebar(page, 'account page', (s) => s.page === 'account');
    expect(sidebar.present).toBe(true);
    expect(Object.keys(sidebar.steps)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(sidebar.steps['1']).toBe('done');
    // The account page's role line names the institutions: all three are there from the first page.
    const options = await page.evaluate(() =>
      Array.from(document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelectorAll('select option') ?? []).map((o) => o.textContent ?? ''),
    );
    expect(options.map((o) => o.replace(/ \(\d\/7\)$/, '')).sort()).toEqual(['Het Baken College', 'Lyceum Zuiderpark', 'ROC Rivierland']);
    // The host element is the documented custom element, with an open shadow root.
    expect(await page.evaluate(() => document.querySelector('vinkje-sidebar')?.shadowRoot !== null)).toBe(true);
    // The open panel has its room beside the shop; the small tab needs none.
    expect(await room(page)).toBe('320px');
    await clickInSidebar(page, 'Inklappen');
    await waitForSidebar(page, 'collapsed', (s) => s.collapsed);
    await waitFor('the room given back', () => room(page), (m) => m === '0px');
    await clickInSidebar(page, 'Vinkje openen');
    await waitForSidebar(page, 'open again', (s) => !s.collapsed);
    await waitFor('the room made again', () => room(page), (m) => m === '320px');
    await page.close();
  });

  it('gives the shop its room before the page is laid out: nothing on the page moves when the panel comes', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    // As the shop's HTML is parsed, before any script of Vinkje's but the one at document start runs:
    // the page's own scripts and its first layout see the width it keeps.
    await page.addInitScript(`document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      window.__roomWhileParsed = getComputedStyle(document.documentElement).marginRight;
    });
    document.addEventListener('DOMContentLoaded', () => {
      window.__lastWhileParsed = document.documentElement.lastElementChild?.localName;
    });`);
    await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
    await waitForSidebar(page, 'renewals page', (s) => s.page === 'renewals');
    const seen = await page.evaluate(() => ({
      whileParsed: (window as unknown as { __roomWhileParsed?: string }).__roomWhileParsed,
      lastWhileParsed: (window as unknown as { __lastWhileParsed?: string }).__lastWhileParsed,
      now: getComputedStyle(document.documentElement).marginRight,
      last: document.documentElement.lastElementChild?.localName,
    }));
    expect(seen).toMatchObject({ whileParsed: '320px', now: '320px' });
    // The panel comes after the shop in the reading and Tab order, though its host was there first:
    // already when the shop's own scripts start on DOMContentLoaded (Chromium: as soon as the body is
    // parsed), not only once Vinkje's main script runs after the load.
    expect(seen.lastWhileParsed).toBe('vinkje-sidebar');
    expect(seen.last).toBe('vinkje-sidebar');
    expect(await page.evaluate(() => document.querySelectorAll('vinkje-sidebar').length)).toBe(1);
    await page.close();
  });

  it('comes back once when the page removes it, and stays away when the page insists', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await waitForSidebar(page, 'account page', (s) => s.page === 'account');
    await page.evaluate(() => document.querySelector('vinkje-sidebar')?.remove());
    const back = await waitForSidebar(page, 'the sidebar back', (s) => s.present && s.page === 'account');
    expect(back.steps['1']).toBe('done');
    await page.evaluate(() => document.querySelector('vinkje-sidebar')?.remove());
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => document.querySelectorAll('vinkje-sidebar').length)).toBe(0);
    // No empty room is left where the panel was.
    expect(await room(page)).toBe('0px');
    await page.close();
  });

  it('keeps a collapsed panel collapsed from the first layout of the next page, and the open one open', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await waitForSidebar(page, 'account page', (s) => s.page === 'account');
    // What the page's layout has while it is parsed, before Vinkje's main script runs.
    await page.addInitScript(`document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') window.__roomWhileParsed = getComputedStyle(document.documentElement).marginRight;
    });`);
    const roomOnLoad = async (collapsed: boolean) => {
      await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
      await waitForSidebar(page, 'renewals page', (s) => s.page === 'renewals' && s.collapsed === collapsed);
      return page.evaluate(() => (window as unknown as { __roomWhileParsed?: string }).__roomWhileParsed);
    };
    await clickInSidebar(page, 'Inklappen');
    await waitForSidebar(page, 'collapsed', (s) => s.collapsed);
    // The background registers the collapsed start right after the click: the next pages have no room
    // to take away, so nothing on them moves sideways once the panel comes.
    await waitFor('a page laid out without the room from the start', () => roomOnLoad(true), (m) => m === '0px');
    expect(await room(page)).toBe('0px');
    expect(await roomOnLoad(true)).toBe('0px');
    await clickInSidebar(page, 'Vinkje openen');
    await waitForSidebar(page, 'open again', (s) => !s.collapsed);
    await waitFor('the room from the first layout again', () => roomOnLoad(false), (m) => m === '320px');
    expect(await room(page)).toBe('320px');
    await page.close();
  });

  it('leaves the shop page working: its own script still expands a prepared order', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
    await waitForSidebar(page, 'renewals page', (s) => s.page === 'renewals');
    const before = await pageText(page);
    expect(before).not.toContain('Toevoegen aan winkelwagen');
    await click(page, 'Bekijk order', { navigates: false });
    await waitFor('the order to expand', () => pageText(page), (t) => t.includes('Toevoegen aan winkelwagen'));
    // Nothing of the sidebar was written into the shop's own document, apart from the host element.
    const foreign = await page.evaluate(() => document.body.querySelectorAll('vinkje-sidebar').length);
    expect(foreign).toBe(0);
    expect((await readSidebar(page)).page).toBe('renewals');
    await page.close();
  });
});
