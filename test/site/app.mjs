// @ts-check
/**
 * The HTTP layer of the simulated SLBdiensten shop: maps requests onto the state machine
 * (state.mjs) and the page renderers (pages/), keeps sessions in a cookie, answers forms with
 * redirect-after-post, and offers a control endpoint that only tests use.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { deriveCampaign } from './campaign.mjs';
import { amsterdamToday } from './dutch.mjs';
import { buildState, isScenarioName } from './scenarios.mjs';
import {
  TEXT, accountOf, addFlashes, addProduct, addUnderlying, approveOrder, cartOf, changeQuantity,
  claimPreparedOrder, completeApproved, login, logout, ordersOf, placeOrder, productOf, removeLine,
  settle, takeFlashes,
} from './state.mjs';
import { accountPage, detailsPage } from './pages/account.mjs';
import { SHOP_CSS, SHOP_JS } from './pages/assets.mjs';
import { loginPage } from './pages/auth.mjs';
import { cartPage, deleteConfirmationPage, quantityPage, thankYouPage } from './pages/cart.mjs';
import { cataloguePage } from './pages/catalogue.mjs';
import { infoPage, isInfoPath, notFoundPage } from './pages/info.mjs';
import { licencesPage } from './pages/licences.mjs';
import { openOrdersPage, orderHistoryPage } from './pages/orders.mjs';
import { PATHS } from './pages/paths.mjs';
import { isRendition } from './pages/rendition.mjs';
import { renewalsPage } from './pages/renewals.mjs';

/** @typedef {import('./state.mjs').State} State */
/** @typedef {import('./state.mjs').Account} Account */
/** @typedef {import('./state.mjs').Flash} Flash */
/** @typedef {import('./state.mjs').Outcome} Outcome */
/** @typedef {import('./state.mjs').ScenarioName} ScenarioName */
/** @typedef {import('./pages/rendition.mjs').Rendition} Rendition */

/**
 * @typedef {object} ResetOptions
 * @property {ScenarioName} [scenario] default "demo"
 * @property {number} [licenceYear] default: derived from the clock
 * @property {string} [deadline] ISO day; default: second Friday of December before the licence year
 * @property {number} [autoCompleteMs] approved orders become "Afgehandeld" after this long; 0 = never (default)
 * @property {Rendition} [rendition] how the cart, quantity and thank-you pages name the institution
 *   (pages/rendition.mjs); default "classic"
 */

/**
 * @typedef {ResetOptions & {
 *   singleUser?: boolean,
 *   now?: () => Date,
 * }} ShopOptions singleUser: a request without a session cookie uses the most recent login (for
 *   browsers whose request interception drops cookies); now: the clock (tests fix it)
 */

/** @typedef {{ status: number, headers: Record<string, string>, body: string }} Reply */

/**
 * @typedef {object} Request
 * @property {string} method GET (also for HEAD) or POST
 * @property {URL} url
 * @property {string | null} sessionId
 * @property {Account | null} user
 * @property {() => Promise<URLSearchParams>} form
 * @property {() => Promise<unknown>} json
 * @property {Record<string, string | string[] | undefined>} headers
 */

const MAX_BODY_BYTES = 100_000;
const COOKIE = 'sessionid';

/** @param {string} body @param {number} [status] @returns {Reply} */
function htmlReply(body, status = 200) {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
    },
    body,
  };
}

/** @param {string} location @param {number} [status] @returns {Reply} */
function redirect(location, status = 303) {
  return { status, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

/** @param {unknown} data @param {number} [status] @returns {Reply} */
function jsonReply(data, status = 200) {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: JSON.stringify(data, null, 2) };
}

/** @param {string | undefined} header @returns {Record<string, string>} */
function parseCookies(header) {
  /** @type {Record<string, string>} */
  const cookies = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}

/** Only same-site paths: "//evil.example" and "https://…" fall back to the account page. */
/** @param {string | null} target */
function safeRedirect(target) {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : PATHS.account;
}

/** @param {http.IncomingMessage} req @returns {Promise<string>} */
async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * @param {ShopOptions} [options]
 * @returns {{ handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>, reset: (overrides?: ResetOptions) => State, readonly state: State, readonly rendition: Rendition }}
 */
export function createShop(options = {}) {
  const clock = options.now ?? (() => new Date());
  const singleUser = options.singleUser ?? false;

  /** @param {ResetOptions} overrides @returns {State} */
  function initialState(overrides) {
    const scenario = overrides.scenario ?? options.scenario ?? 'demo';
    if (!isScenarioName(scenario)) throw new Error(`Unknown scenario: ${scenario}`);
    const now = clock();
    const licenceYear = overrides.licenceYear ?? options.licenceYear;
    const deadline = overrides.deadline ?? options.deadline;
    const campaign = deriveCampaign({
      now,
      ...(licenceYear === undefined ? {} : { licenceYear }),
      ...(deadline === undefined ? {} : { deadline }),
    });
    const autoCompleteMs = overrides.autoCompleteMs ?? options.autoCompleteMs ?? 0;
    if (!(Number.isFinite(autoCompleteMs) && autoCompleteMs >= 0)) throw new Error('autoCompleteMs must be a number ≥ 0');
    return buildState(scenario, { campaign, autoCompleteMs, now });
  }

  /** @param {ResetOptions} overrides @returns {Rendition} */
  function renditionFrom(overrides) {
    const chosen = overrides.rendition ?? options.rendition ?? 'classic';
    if (!isRendition(chosen)) throw new Error(`Unknown rendition: ${chosen}`);
    return chosen;
  }

  let rendition = renditionFrom({});
  let state = initialState({});

  /** @param {ResetOptions} [overrides] */
  function reset(overrides = {}) {
    const nextRendition = renditionFrom(overrides);
    state = initialState(overrides);
    rendition = nextRendition;
    return state;
  }

  /**
   * Takes the session's flash messages and renders a page with them (and any extra ones).
   * @param {Request} request @param {(context: import('./pages/layout.mjs').PageContext) => string} render
   * @param {{ status?: number, extra?: Flash[] }} [how]
   */
  function page(request, render, how = {}) {
    let flashes = how.extra ?? [];
    if (request.sessionId) {
      const taken = takeFlashes(state, request.sessionId);
      state = taken.state;
      flashes = [...taken.flashes, ...flashes];
    }
    return htmlReply(render({ state, user: request.user, flashes, rendition }), how.status);
  }

  /** @param {Request} request */
  function notFound(request) {
    return page(request, notFoundPage, { status: 404 });
  }

  /** Stores an outcome's state and queues its messages for the next page. */
  /** @param {Request} request @param {Outcome} outcome */
  function apply(request, outcome) {
    state = request.sessionId ? addFlashes(outcome.state, request.sessionId, outcome.messages) : outcome.state;
  }

  /**
   * @typedef {object} Route
   * @property {'GET' | 'POST'} method
   * @property {RegExp} pattern
   * @property {boolean} [auth] needs a logged-in user
   * @property {(request: Request, user: Account, params: string[]) => Reply | Promise<Reply>} handler
   */

  /** @param {Account} user @param {string[]} params */
  const lineOf = (user, params) => cartOf(state, user.email)?.lines.find((line) => line.id === params[0]);

  /** @type {Route[]} */
  const routes = [
    { method: 'GET', pattern: /^\/account\/$/, auth: true, handler: (request, user) => page(request, (context) => accountPage(context, user)) },
    { method: 'GET', pattern: /^\/account\/gegevens\/$/, auth: true, handler: (request, user) => page(request, (context) => detailsPage(context, user)) },
    {
      method: 'GET',
      pattern: /^\/account\/licenties\/$/,
      auth: true,
      handler: (request, user) => {
        const filter = request.url.searchParams.get('filter') === 'toekomstig' ? 'toekomstig' : 'huidig';
        return page(request, (context) => licencesPage(context, user, filter));
      },
    },
    { method: 'GET', pattern: /^\/account\/licenties-verlengen\/$/, auth: true, handler: (request, user) => page(request, (context) => renewalsPage(context, user)) },
    {
      method: 'POST',
      pattern: /^\/account\/licenties-verlengen\/([^/]+)\/claimen\/$/,
      auth: true,
      handler: (request, user, [institutionId = '']) => {
        const outcome = claimPreparedOrder(state, { email: user.email, institutionId });
        if (outcome.notFound) return notFound(request);
        apply(request, outcome);
        return redirect(outcome.ok ? PATHS.cart : PATHS.renewals);
      },
    },
    { method: 'GET', pattern: /^\/account\/openstaande-bestellingen\/$/, auth: true, handler: (request, user) => page(request, (context) => openOrdersPage(context, user)) },
    {
      method: 'POST',
      pattern: /^\/account\/openstaande-bestellingen\/([^/]+)\/goedkeuren\/$/,
      auth: true,
      handler: (request, user, [orderNumber = '']) => {
        const outcome = approveOrder(state, { email: user.email, orderNumber, now: clock().getTime() });
        if (outcome.notFound) return notFound(request);
        apply(request, outcome);
        return redirect(PATHS.openOrders);
      },
    },
    { method: 'GET', pattern: /^\/account\/bestelhistorie\/$/, auth: true, handler: (request, user) => page(request, (context) => orderHistoryPage(context, user)) },
    {
      method: 'GET',
      pattern: /^\/winkelwagen\/$/,
      auth: true,
      handler: (request, user) => page(request, (context) => cartPage(context, user, { reference: state.references[user.email] ?? '' })),
    },
    {
      method: 'GET',
      pattern: /^\/winkelwagen\/regel\/([^/]+)\/wijzigen\/$/,
      auth: true,
      handler: (request, user, params) => {
        const line = lineOf(user, params);
        if (!line) return notFound(request);
        return page(request, (context) =>
          quantityPage(context, {
            mode: 'change',
            productName: productOf(state, line.productId)?.name ?? line.productId,
            current: line.quantity,
            value: String(line.quantity),
            invalid: false,
            action: PATHS.changeLine(line.id),
            cancelHref: PATHS.cart,
          }),
        );
      },
    },
    {
      method: 'POST',
      pattern: /^\/winkelwagen\/regel\/([^/]+)\/wijzigen\/$/,
      auth: true,
      handler: async (request, user, params) => {
        const line = lineOf(user, params);
        if (!line) return notFound(request);
        const text = (await request.form()).get('aantal') ?? '';
        const outcome = changeQuantity(state, { email: user.email, lineId: line.id, text });
        if (outcome.ok) {
          apply(request, outcome);
          return redirect(PATHS.cart);
        }
        // An invalid form is shown again with the typed value, as form pages do.
        return page(
          request,
          (context) =>
            quantityPage(context, {
              mode: 'change',
              productName: productOf(state, line.productId)?.name ?? line.productId,
              current: line.quantity,
              value: text,
              invalid: true,
              action: PATHS.changeLine(line.id),
              cancelHref: PATHS.cart,
            }),
          { extra: outcome.messages },
        );
      },
    },
    {
      method: 'GET',
      pattern: /^\/winkelwagen\/regel\/([^/]+)\/verwijderen\/$/,
      auth: true,
      handler: (request, user, params) => {
        const line = lineOf(user, params);
        if (!line) return notFound(request);
        const productName = productOf(state, line.productId)?.name ?? line.productId;
        return page(request, (context) => deleteConfirmationPage(context, { productName, action: PATHS.removeLine(line.id) }));
      },
    },
    {
      method: 'POST',
      pattern: /^\/winkelwagen\/regel\/([^/]+)\/verwijderen\/$/,
      auth: true,
      handler: async (request, user, params) => {
        const line = lineOf(user, params);
        if (!line) return notFound(request);
        if ((await request.form()).get('actie') === 'opzeggen') apply(request, removeLine(state, { email: user.email, lineId: line.id }));
        return redirect(PATHS.cart);
      },
    },
    {
      method: 'POST',
      pattern: /^\/winkelwagen\/onderliggende-licenties\/$/,
      auth: true,
      handler: async (request, user) => {
        const productId = (await request.form()).get('product') ?? '';
        apply(request, addUnderlying(state, { email: user.email, productId }));
        return redirect(PATHS.cart);
      },
    },
    {
      method: 'POST',
      pattern: /^\/winkelwagen\/bestellen\/$/,
      auth: true,
      handler: async (request, user) => {
        const reference = (await request.form()).get('referentie') ?? '';
        const outcome = placeOrder(state, { email: user.email, reference, today: amsterdamToday(clock()) });
        apply(request, outcome);
        return redirect(outcome.orderNumber ? PATHS.thankYou(outcome.orderNumber) : PATHS.cart);
      },
    },
    {
      method: 'GET',
      pattern: /^\/bestelling\/([^/]+)\/bedankt\/$/,
      auth: true,
      handler: (request, user, [orderNumber]) => {
        const order = ordersOf(state, user.email).find((candidate) => candidate.number === orderNumber);
        return order ? page(request, (context) => thankYouPage(context, order)) : notFound(request);
      },
    },
    { method: 'GET', pattern: /^\/microsoft\/$/, handler: (request) => page(request, cataloguePage) },
    {
      method: 'GET',
      pattern: /^\/microsoft\/([^/]+)\/bestellen\/$/,
      auth: true,
      handler: (request, user, [productId = '']) => addProductForm(request, user, productId, '', []),
    },
    {
      method: 'POST',
      pattern: /^\/microsoft\/([^/]+)\/bestellen\/$/,
      auth: true,
      handler: async (request, user, [productId = '']) => {
        const text = (await request.form()).get('aantal') ?? '';
        const outcome = addProduct(state, { email: user.email, productId, text });
        if (outcome.notFound) return notFound(request);
        if (outcome.ok) {
          apply(request, outcome);
          return redirect(PATHS.cart);
        }
        if (outcome.messages.some((message) => message.text === TEXT.badQuantity)) {
          return addProductForm(request, user, productId, text, outcome.messages);
        }
        apply(request, outcome);
        return redirect(PATHS.catalogue);
      },
    },
    {
      method: 'GET',
      pattern: /^\/login\/$/,
      handler: (request) => page(request, (context) => loginPage(context, { redirect: safeRedirect(request.url.searchParams.get('redirect')), email: '' })),
    },
  ];

  /**
   * @param {Request} request @param {Account} user @param {string} productId @param {string} value
   * @param {Flash[]} errors
   */
  function addProductForm(request, user, productId, value, errors) {
    const product = productOf(state, productId);
    if (!product) return notFound(request);
    const current = (cartOf(state, user.email)?.lines ?? [])
      .filter((line) => line.productId === productId)
      .reduce((sum, line) => sum + line.quantity, 0);
    return page(
      request,
      (context) =>
        quantityPage(context, {
          mode: 'add',
          productName: product.name,
          current,
          value,
          invalid: errors.length > 0,
          action: PATHS.addProduct(product.id),
          cancelHref: PATHS.catalogue,
        }),
      { extra: errors },
    );
  }

  /** @param {Request} request @returns {Promise<{ reply: Reply, cookie?: string }>} */
  async function loginPost(request) {
    const form = await request.form();
    const email = form.get('email') ?? '';
    const target = safeRedirect(form.get('redirect'));
    const sessionId = randomBytes(24).toString('base64url');
    const outcome = login(state, { sessionId, email, password: form.get('password') ?? '', now: clock().getTime() });
    if (!outcome.ok) {
      return { reply: page(request, (context) => loginPage(context, { redirect: target, email }), { extra: outcome.messages }) };
    }
    // A new session id on every login; the old session ends.
    state = request.sessionId ? logout(outcome.state, request.sessionId).state : outcome.state;
    return { reply: redirect(target), cookie: `${COOKIE}=${sessionId}; HttpOnly; Path=/; SameSite=Lax` };
  }

  /** @param {Request} request @returns {Promise<Reply>} */
  async function control(request) {
    if (request.headers['x-shop-control'] !== '1') return jsonReply({ error: 'forbidden' }, 403);
    const path = request.url.pathname;
    if (path === '/__control/reset' && request.method === 'POST') {
      const body = await request.json();
      try {
        const next = reset(/** @type {ResetOptions} */ (body && typeof body === 'object' ? body : {}));
        return jsonReply({ ok: true, scenario: next.scenario, campaign: next.campaign, autoCompleteMs: next.autoCompleteMs, rendition });
      } catch (error) {
        return jsonReply({ error: error instanceof Error ? error.message : String(error) }, 400);
      }
    }
    if (path === '/__control/complete' && request.method === 'POST') {
      const done = completeApproved(state);
      state = done.state;
      return jsonReply({ ok: true, completed: done.completed });
    }
    if (path === '/__control/state' && request.method === 'GET') {
      const { sessions, ...rest } = state;
      return jsonReply({ ...rest, sessions: Object.values(sessions).map(({ email, loggedInAt }) => ({ email, loggedInAt })) });
    }
    return jsonReply({ error: 'not found' }, 404);
  }

  /** @param {Request} request @returns {Promise<{ reply: Reply, cookie?: string }>} */
  async function route(request) {
    const { pathname, search } = request.url;
    if (pathname.startsWith('/__control/')) return { reply: await control(request) };
    if (pathname === PATHS.css && request.method === 'GET') {
      return { reply: { status: 200, headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }, body: SHOP_CSS } };
    }
    if (pathname === PATHS.js && request.method === 'GET') {
      return { reply: { status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }, body: SHOP_JS } };
    }
    if (pathname === PATHS.login && request.method === 'POST') return loginPost(request);
    if (pathname === PATHS.logout) {
      if (request.sessionId) state = logout(state, request.sessionId).state;
      return { reply: redirect(PATHS.home), cookie: `${COOKIE}=; HttpOnly; Path=/; SameSite=Lax; Max-Age=0` };
    }
    if (request.method === 'GET' && isInfoPath(pathname)) return { reply: page(request, (context) => infoPage(context, pathname)) };

    const matching = routes.filter((candidate) => candidate.pattern.test(pathname));
    const chosen = matching.find((candidate) => candidate.method === request.method);
    if (chosen) {
      const params = (chosen.pattern.exec(pathname) ?? []).slice(1).map((param) => decodeURIComponent(param));
      if (chosen.auth && !request.user) return { reply: redirect(`${PATHS.login}?redirect=${encodeURIComponent(pathname + search)}`, 302) };
      // Routes without auth never read `user`; the cast keeps the handler type simple.
      return { reply: await chosen.handler(request, /** @type {Account} */ (request.user), params) };
    }
    if (matching.length > 0) {
      const allowed = [...new Set(matching.map((candidate) => candidate.method))].join(', ');
      return { reply: { status: 405, headers: { allow: allowed, 'content-type': 'text/plain; charset=utf-8' }, body: 'Method not allowed' } };
    }
    // Django-style: a path without its trailing slash is redirected to the one with it.
    if (!pathname.endsWith('/') && (isInfoPath(`${pathname}/`) || routes.some((candidate) => candidate.pattern.test(`${pathname}/`)))) {
      return { reply: redirect(`${pathname}/${search}`, 301) };
    }
    return { reply: notFound(request) };
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    try {
      state = settle(state, clock().getTime());
      const url = new URL(req.url ?? '/', 'http://shop.invalid');
      const cookieId = parseCookies(req.headers.cookie)[COOKIE];
      const knownId = cookieId && state.sessions[cookieId] ? cookieId : null;
      const sessionId = knownId ?? (cookieId === undefined && singleUser ? state.lastLoginSession : null);
      const session = sessionId ? state.sessions[sessionId] : undefined;
      /** @type {string | null} */
      let bodyText = null;
      const body = async () => (bodyText ??= await readBody(req));
      /** @type {Request} */
      const request = {
        method: req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET'),
        url,
        sessionId: session ? sessionId : null,
        user: session ? (accountOf(state, session.email) ?? null) : null,
        headers: req.headers,
        form: async () => new URLSearchParams(await body()),
        json: async () => {
          const text = await body();
          try {
            return text.trim() === '' ? {} : JSON.parse(text);
          } catch {
            return null;
          }
        },
      };
      const { reply, cookie } = await route(request);
      res.writeHead(reply.status, cookie ? { ...reply.headers, 'set-cookie': cookie } : reply.headers);
      res.end(reply.body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    handle,
    reset,
    get state() {
      return state;
    },
    get rendition() {
      return rendition;
    },
  };
}

/**
 * Starts the shop on a port (0 = a free one).
 * @param {ShopOptions & { port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, shop: ReturnType<typeof createShop>, close: () => Promise<void> }>}
 */
export async function startShop({ port = 0, host = '127.0.0.1', ...options } = {}) {
  const shop = createShop(options);
  const server = http.createServer((req, res) => void shop.handle(req, res));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    shop,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
