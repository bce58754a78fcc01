import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { startShop } from './app.mjs';
import { ShopClient } from './client.mjs';
import { PASSWORD, PRIMARY_EMAIL, ROC } from './scenarios.mjs';
import { PATHS } from './pages/paths.mjs';
import { SPA_CART_DELAY_MS } from './pages/cart-app.mjs';
import type { Rendition } from './pages/rendition.mjs';

const NOW = new Date('2026-11-21T09:30:00Z');

type Shop = Awaited<ReturnType<typeof startShop>>;
const shops = new Map<Rendition, Shop>();

beforeAll(async () => {
  for (const rendition of ['classic', 'header-only', 'silent', 'spa'] as const) {
    shops.set(rendition, await startShop({ port: 0, now: () => NOW, rendition }));
  }
});
afterAll(async () => {
  for (const shop of shops.values()) await shop.close();
});

function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The pages about ROC Rivierland's claimed cart, and the thank-you page after ordering it. */
async function rocPages(rendition: Rendition) {
  const shop = shops.get(rendition)!;
  shop.shop.reset();
  const client = new ShopClient(shop.url);
  await client.login(PRIMARY_EMAIL, PASSWORD);
  await client.post(PATHS.claim(ROC));
  const cart = await client.get(PATHS.cart);
  const quantity = await client.get(PATHS.changeLine('2'));
  const account = await client.get(PATHS.account);
  const thankYou = await client.post(PATHS.placeOrder, { referentie: 'PO-1' });
  return { cart: cart.html, quantity: quantity.html, thankYou: thankYou.html, account: account.html };
}

describe('renditions of the pages about one institution', () => {
  it('classic is the default', async () => {
    const fallback = await startShop({ port: 0, now: () => NOW });
    try {
      expect(fallback.shop.rendition).toBe('classic');
      const client = new ShopClient(fallback.url);
      await client.login(PRIMARY_EMAIL, PASSWORD);
      await client.post(PATHS.claim(ROC));
      const classic = await rocPages('classic');
      expect((await client.get(PATHS.cart)).html).toBe(classic.cart);
      expect(textOf(classic.cart)).toContain('Onderwijsinstelling: ROC Rivierland (klantnummer 100587)');
      expect(textOf(classic.thankYou)).toContain('Onderwijsinstelling: ROC Rivierland (klantnummer 100587)');
      expect(classic.cart).not.toContain('Ingelogd voor');
    } finally {
      await fallback.close();
    }
  });

  it('header-only names the institution in the header, not in the content', async () => {
    const pages = await rocPages('header-only');
    const classic = await rocPages('classic');
    for (const html of [pages.cart, pages.quantity, pages.thankYou]) {
      expect(textOf(html)).not.toContain('Onderwijsinstelling');
      expect(textOf(html)).not.toContain('klantnummer');
      const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
      expect(textOf(header)).toContain('Ingelogd voor ROC Rivierland');
      expect(textOf(html.slice(html.indexOf('<main')))).not.toContain('ROC Rivierland');
    }
    expect(textOf(pages.cart)).toContain('Microsoft 365 A5 medewerkers (step-up) 2.010');
    expect(textOf(pages.thankYou)).toContain('Je bestelnummer is 204517.');
    // Other pages are as in classic.
    expect(pages.account).toBe(classic.account);
  });

  it('silent names no institution on the cart, quantity and thank-you pages', async () => {
    const pages = await rocPages('silent');
    for (const html of [pages.cart, pages.quantity, pages.thankYou]) {
      for (const word of ['Onderwijsinstelling', 'ROC Rivierland', 'klantnummer', '100587', 'Ingelogd voor']) {
        expect(textOf(html)).not.toContain(word);
      }
    }
    expect(textOf(pages.cart)).toContain('Totaal excl. btw € 186.719,70');
    expect(textOf(pages.quantity)).toContain('Nu in winkelwagen: 2.010');
  });

  it('spa sends the cart as data and a script; the quantity page loaded directly is the classic one', async () => {
    const pages = await rocPages('spa');
    const classic = await rocPages('classic');
    expect(textOf(pages.cart)).toContain('Winkelwagen');
    expect(textOf(pages.cart)).not.toContain('Microsoft 365 A5');
    const json = /<script type="application\/json" id="winkelwagen-gegevens">([^<]*)<\/script>/.exec(pages.cart)?.[1];
    const data = JSON.parse(json ?? 'null');
    expect(data.institution).toBe('ROC Rivierland (klantnummer 100587)');
    expect(data.lines.map((line: { quantityText: string }) => line.quantityText)).toEqual(['1.996', '2.010', '21.000', '150']);
    expect(pages.quantity).toBe(classic.quantity);
    expect(pages.thankYou).toBe(classic.thankYou);
  });

  it('a reset may name another rendition; one left out keeps the start option, an unknown one is refused', async () => {
    const shop = shops.get('silent')!;
    const control = new ShopClient(shop.url);
    expect(await control.control('reset', { rendition: 'header-only' })).toMatchObject({ ok: true, rendition: 'header-only' });
    expect(shop.shop.rendition).toBe('header-only');
    expect(await control.control('reset', {})).toMatchObject({ rendition: 'silent' });
    const refused = await fetch(`${shop.url}/__control/reset`, {
      method: 'POST',
      headers: { 'x-shop-control': '1' },
      body: JSON.stringify({ rendition: 'fancy' }),
    });
    expect(refused.status).toBe(400);
    expect(shop.shop.rendition).toBe('silent');
  });
});

describe('the spa cart script', () => {
  /** Runs the page's inline script in a DOM with a fake history; timers run when asked. */
  async function mount() {
    const pages = await rocPages('spa');
    const { document, window } = parseHTML(pages.cart);
    const scripts = Array.from(document.querySelectorAll('script:not([src]):not([type])'));
    const source = scripts[0]?.textContent ?? '';
    const location = { pathname: PATHS.cart, reload: () => { throw new Error('reload'); } };
    const pushed: string[] = [];
    const history = {
      pushState: (_state: unknown, _title: string, url: string) => {
        pushed.push(url);
        location.pathname = url;
      },
    };
    const timers: Array<() => void> = [];
    const listeners: Record<string, () => void> = {};
    const fakeWindow = { addEventListener: (type: string, fn: () => void) => (listeners[type] = fn), scrollTo: () => {} };
    let delay = -1;
    new Function('document', 'window', 'location', 'history', 'Element', 'setTimeout', source)(
      document,
      fakeWindow,
      location,
      history,
      window.Element,
      (fn: () => void, ms: number) => {
        delay = ms;
        timers.push(fn);
      },
    );
    const app = document.getElementById('winkelwagen-app')!;
    const click = (el: Element) => {
      const event = new window.Event('click', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'button', { value: 0 });
      el.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const back = (path: string) => {
      location.pathname = path;
      listeners.popstate?.();
    };
    return { document, app, timers, delay: () => delay, pushed, click, back };
  }

  it('draws the classic cart late, opens Wijzigen in place, and draws the cart again on Back', async () => {
    const { document, app, timers, delay, pushed, click, back } = await mount();
    expect(app.querySelectorAll('tr')).toHaveLength(0);
    expect(delay()).toBe(SPA_CART_DELAY_MS);
    timers.forEach((fn) => fn());
    expect(app.querySelectorAll('tbody tr')).toHaveLength(4);
    expect(textOf(app.innerHTML)).toContain('Onderwijsinstelling: ROC Rivierland (klantnummer 100587)');
    expect(textOf(app.innerHTML)).toContain('Microsoft 365 A5 medewerkers (step-up) 2.010 € 28,45 € 57.184,50 Wijzigen Verwijderen');
    expect(textOf(app.innerHTML)).toContain('Totaal excl. btw € 186.719,70');

    const change = app.querySelectorAll('a')[2]!; // line 2: Wijzigen, Verwijderen of line 1 come first
    expect(change.textContent).toBe('Wijzigen');
    expect(click(change)).toBe(true);
    expect(pushed).toEqual([PATHS.changeLine('2')]);
    expect(document.title).toBe('Aantal wijzigen | SLBdiensten');
    expect(textOf(app.innerHTML)).toContain('Aantal wijzigen Microsoft 365 A5 medewerkers (step-up) Nu in winkelwagen: 2.010');
    expect(app.querySelector('form')?.getAttribute('action')).toBe(PATHS.changeLine('2'));
    expect(app.querySelector('input#aantal')?.getAttribute('value')).toBe('2010');
    expect(textOf(document.querySelector('nav.breadcrumb')!.innerHTML)).toContain('Home Winkelwagen Aantal wijzigen');

    back(PATHS.cart);
    expect(app.querySelectorAll('tbody tr')).toHaveLength(4);
    expect(document.title).toBe('Winkelwagen | SLBdiensten');

    // "Verwijderen" is an ordinary link.
    expect(click(app.querySelectorAll('a')[1]!)).toBe(false);
  });
});
