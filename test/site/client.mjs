// @ts-check
/**
 * A tiny browser stand-in for tests and the fixture script: keeps the session cookie, posts forms,
 * and follows redirects by hand so each hop stays visible.
 */

/**
 * @typedef {object} Visit
 * @property {number} status of the last response
 * @property {string} path the path (and query) of the last request
 * @property {string} html its body
 * @property {{ status: number, location: string }[]} redirects the hops taken on the way
 */

export class ShopClient {
  /** @param {string} baseUrl e.g. "http://127.0.0.1:8765" */
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    /** @type {string | null} the sessionid cookie, as "sessionid=…" */
    this.cookie = null;
  }

  /**
   * One request, no redirect following.
   * @param {string} method @param {string} path @param {Record<string, string>} [form]
   */
  async request(method, path, form) {
    /** @type {Record<string, string>} */
    const headers = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      redirect: 'manual',
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = /Max-Age=0/i.test(setCookie) ? null : pair;
    }
    return response;
  }

  /**
   * A request, then GETs after every redirect, as a browser does.
   * @param {string} method @param {string} path @param {Record<string, string>} [form]
   * @returns {Promise<Visit>}
   */
  async visit(method, path, form) {
    /** @type {{ status: number, location: string }[]} */
    const redirects = [];
    let response = await this.request(method, path, form);
    let current = path;
    while (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location || redirects.length > 10) break;
      redirects.push({ status: response.status, location });
      current = location;
      response = await this.request('GET', location);
    }
    return { status: response.status, path: current, html: await response.text(), redirects };
  }

  /** @param {string} path */
  get(path) {
    return this.visit('GET', path);
  }

  /** @param {string} path @param {Record<string, string>} [form] */
  post(path, form = {}) {
    return this.visit('POST', path, form);
  }

  /** @param {string} email @param {string} password @param {string} [redirect] */
  login(email, password, redirect = '/account/') {
    return this.post('/login/', { email, password, redirect });
  }

  /**
   * The control endpoint (never used by pages).
   * @param {'reset' | 'complete' | 'state'} action @param {Record<string, unknown>} [body]
   */
  async control(action, body) {
    const response = await fetch(new URL(`/__control/${action}`, this.baseUrl), {
      method: action === 'state' ? 'GET' : 'POST',
      headers: { 'x-shop-control': '1', 'content-type': 'application/json' },
      ...(action === 'state' ? {} : { body: JSON.stringify(body ?? {}) }),
    });
    return /** @type {Promise<any>} */ (response.json());
  }
}
