import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startShop } from './app.mjs';
import { ShopClient } from './client.mjs';
import { SHOP_JS } from './pages/assets.mjs';
import { BAKEN, PASSWORD, PRIMARY_EMAIL, ROC } from './scenarios.mjs';
import { cartOf } from './state.mjs';

const NOW = new Date('2026-11-21T09:30:00Z');

let server: Awaited<ReturnType<typeof startShop>>;

beforeAll(async () => {
  server = await startShop({ port: 0, now: () => NOW });
});
afterAll(() => server.close());
afterEach(() => {
  server.shop.reset();
});

async function loggedIn(): Promise<ShopClient> {
  const client = new ShopClient(server.url);
  await client.login(PRIMARY_EMAIL, PASSWORD);
  return client;
}

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the shop over HTTP', () => {
  it('listens on a free port when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('sends a visitor to the login page and back to where they wanted to go', async () => {
    const client = new ShopClient(server.url);
    const first = await client.request('GET', '/account/licenties/?filter=toekomstig');
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('/login/?redirect=%2Faccount%2Flicenties%2F%3Ffilter%3Dtoekomstig');

    const login = await client.request('POST', '/login/', { email: PRIMARY_EMAIL, password: PASSWORD, redirect: '/account/licenties/?filter=toekomstig' });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sessionid=[\w-]+; HttpOnly; Path=\/; SameSite=Lax$/);
    expect(cookie).not.toMatch(/Secure/);

    const page = await client.get(login.headers.get('location') ?? '');
    expect(textOf(page.html)).toContain('Basispakket leerlingen/studenten 15.000');
  });

  it('shows the login error and keeps the typed e-mail (escaped)', async () => {
    const client = new ShopClient(server.url);
    const page = await client.post('/login/', { email: '"><b>x@y.nl', password: 'nee', redirect: '/account/' });
    expect(page.status).toBe(200);
    expect(page.html).toContain('role="alert">Onjuist e-mailadres of wachtwoord.<');
    expect(page.html).toContain('value="&quot;&gt;&lt;b&gt;x@y.nl"');
    expect(client.cookie).toBeNull();
  });

  it('never redirects a login to another site', async () => {
    const client = new ShopClient(server.url);
    const login = await client.request('POST', '/login/', { email: PRIMARY_EMAIL, password: PASSWORD, redirect: '//evil.example/' });
    expect(login.headers.get('location')).toBe('/account/');
  });

  it('runs the whole registration for one institution', async () => {
    const client = await loggedIn();
    const cart = await client.post(`/account/licenties-verlengen/${BAKEN}/claimen/`);
    expect(cart.path).toBe('/winkelwagen/');
    expect(textOf(cart.html)).toContain('Winkelwagen (8)');
    expect(textOf(cart.html)).toContain('Totaal excl. btw € 123.081,40');

    const a3 = cartOf(server.shop.state, PRIMARY_EMAIL)?.lines.find((line) => line.productId === 'a3-medewerkers');
    const bad = await client.post(`/winkelwagen/regel/${a3?.id}/wijzigen/`, { aantal: '1,5' });
    expect(bad.status).toBe(200);
    expect(bad.html).toContain('Vul een geheel aantal van 0 of meer in.');
    expect(bad.html).toContain('value="1,5"');

    const changed = await client.post(`/winkelwagen/regel/${a3?.id}/wijzigen/`, { aantal: '2.054' });
    expect(changed.redirects[0]?.status).toBe(303);
    expect(textOf(changed.html)).toContain('Voor 4 extra Microsoft 365 A3 medewerkers zijn ook 4 extra Basispakket medewerkers nodig.');
    const fixed = await client.post('/winkelwagen/onderliggende-licenties/', { product: 'a3-medewerkers' });
    expect(textOf(fixed.html)).toContain('Basispakket medewerkers 4 € 44,90');
    expect(textOf(fixed.html)).toContain('Winkelwagen (9)');

    const thanks = await client.post('/winkelwagen/bestellen/', { referentie: 'PO-7' });
    expect(textOf(thanks.html)).toContain('Je bestelnummer is 204517.');
    expect(thanks.html).toContain('Bestelling goedkeuren');

    const approved = await client.post('/account/openstaande-bestellingen/204517/goedkeuren/');
    expect(textOf(approved.html)).toContain('Bestelling 204517 is goedgekeurd.');
    expect(textOf(approved.html)).toContain('Er zijn geen openstaande bestellingen.');

    expect(textOf((await client.get('/account/bestelhistorie/')).html)).toContain('204517 21-11-2026 Het Baken College (klantnummer 100231)');
    await client.control('complete');
    expect(textOf((await client.get('/account/bestelhistorie/')).html)).toMatch(/204517 .*Afgehandeld/);

    // The reference is offered again for the next institution.
    await client.post(`/account/licenties-verlengen/${ROC}/claimen/`);
    expect((await client.get('/winkelwagen/')).html).toContain('name="referentie" value="PO-7"');
  });

  it('escapes a reference that looks like markup', async () => {
    const client = await loggedIn();
    await client.post(`/account/licenties-verlengen/${BAKEN}/claimen/`);
    await client.post('/winkelwagen/bestellen/', { referentie: '"><script>alert(1)</script>' });
    await client.post(`/account/licenties-verlengen/${ROC}/claimen/`);
    const cart = await client.get('/winkelwagen/');
    expect(cart.html).not.toContain('<script>alert');
    expect(cart.html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('uses paths only, never this host and port, in links and forms', async () => {
    const client = await loggedIn();
    const pages = await Promise.all(['/account/', '/account/licenties-verlengen/', '/winkelwagen/', '/microsoft/'].map((path) => client.get(path)));
    for (const page of pages) {
      expect(page.html).not.toContain(String(server.port));
      expect(page.html).not.toMatch(/(href|action|src)="(?!\/|mailto:|#)/);
    }
  });

  it('answers unknown pages with 404 and a missing slash with a redirect', async () => {
    const client = await loggedIn();
    const missing = await client.get('/bestaat-niet/');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('<h1>Pagina niet gevonden</h1>');
    const slashless = await client.request('GET', '/account/bestelhistorie');
    expect(slashless.status).toBe(301);
    expect(slashless.headers.get('location')).toBe('/account/bestelhistorie/');
  });

  it('serves the page script and stylesheet', async () => {
    const script = await fetch(`${server.url}/static/shop.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain('aria-expanded');
    const style = await fetch(`${server.url}/static/shop.css`);
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
  });
});

describe('the control endpoint', () => {
  it.each([
    ['POST', '/__control/reset'],
    ['POST', '/__control/complete'],
    ['GET', '/__control/state'],
  ])('refuses %s %s without the x-shop-control header', async (method, path) => {
    const response = await fetch(`${server.url}${path}`, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
    expect(response.status).toBe(403);
  });

  it('resets to a scenario with a deadline two days away', async () => {
    const control = new ShopClient(server.url);
    const reply = await control.control('reset', { scenario: 'fresh', deadline: '2026-11-23' });
    expect(reply).toMatchObject({ ok: true, scenario: 'fresh', campaign: { licenceYear: 2027, deadline: '2026-11-23' } });
    const client = await loggedIn();
    const page = await client.get('/account/licenties-verlengen/');
    expect(textOf(page.html)).toContain('Rond de registratie uiterlijk maandag 23 november 2026 af, zodat je licenties per 1-1-2027 vernieuwd zijn.');
    expect(textOf(page.html)).toContain('Licenties verlengen (3)');
    const state = await control.control('state');
    expect(state.orders).toEqual([]);
    expect(state.sessions).toEqual([{ email: PRIMARY_EMAIL, loggedInAt: NOW.getTime() }]);
  });

  it('refuses an unknown scenario', async () => {
    const response = await fetch(`${server.url}/__control/reset`, {
      method: 'POST',
      headers: { 'x-shop-control': '1' },
      body: JSON.stringify({ scenario: 'nope' }),
    });
    expect(response.status).toBe(400);
  });
});

describe('single-user mode', () => {
  it('gives a request without a cookie the most recent login; the normal mode does not', async () => {
    const single = await startShop({ port: 0, singleUser: true, now: () => NOW });
    try {
      await new ShopClient(single.url).login(PRIMARY_EMAIL, PASSWORD);
      const cookieless = await fetch(`${single.url}/account/`, { redirect: 'manual' });
      expect(cookieless.status).toBe(200);
      expect(await cookieless.text()).toContain('Welkom, J. de Vries');
    } finally {
      await single.close();
    }
    await new ShopClient(server.url).login(PRIMARY_EMAIL, PASSWORD);
    expect((await fetch(`${server.url}/account/`, { redirect: 'manual' })).status).toBe(302);
  });
});

describe('the page script', () => {
  it('toggles aria-expanded and the hidden region of "Bekijk order"', () => {
    class FakeElement {
      hidden = true;
      attributes = new Map<string, string>([
        ['aria-expanded', 'false'],
        ['aria-controls', 'order-1'],
      ]);
      getAttribute(name: string) {
        return this.attributes.get(name) ?? null;
      }
      setAttribute(name: string, value: string) {
        this.attributes.set(name, value);
      }
      closest(selector: string) {
        return selector.includes('aria-expanded') ? this : null;
      }
    }
    const button = new FakeElement();
    const region = new FakeElement();
    let onClick: ((event: { target: unknown }) => void) | undefined;
    const fakeDocument = {
      addEventListener: (_type: string, listener: (event: { target: unknown }) => void) => {
        onClick = listener;
      },
      getElementById: (id: string) => (id === 'order-1' ? region : null),
    };
    new Function('document', 'Element', SHOP_JS)(fakeDocument, FakeElement);
    onClick?.({ target: button });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
    onClick?.({ target: button });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
  });
});
