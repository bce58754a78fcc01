// @ts-check
/**
 * Serves the simulated shop as https://www.slbdiensten.nl/ to a real browser, without touching DNS:
 * the browser uses a local proxy; CONNECT tunnels to the shop's host end in a local TLS server with a
 * test certificate (the browsers are told to accept it). Redirects, cookies and form posts therefore
 * behave as on a real site. Every other host a browser or the extension asks for is refused and
 * recorded, so a test can prove the extension talks to nobody but the shop. Used by the end-to-end
 * tests and by the demo.
 */
import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createShop } from '../site/app.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SHOP_ORIGIN = 'https://www.slbdiensten.nl';
const SHOP_HOSTS = /^(www\.)?slbdiensten\.nl:443$/;

/**
 * @typedef {{
 *   scenario?: import('../site/state.mjs').ScenarioName,
 *   licenceYear?: number,
 *   deadline?: string,
 *   rendition?: import('../site/pages/rendition.mjs').Rendition,
 * }} ShopOptions rendition: how the cart, quantity and thank-you pages name the institution
 *   (test/site/README.md); a reset keeps the one the shop started with unless it names another
 * @typedef {{
 *   proxyUrl: string,
 *   foreignRequests: string[],
 *   setResponseDelay(ms: number): void,
 *   reset(options?: ShopOptions): Promise<void>,
 *   complete(): Promise<void>,
 *   state(): Promise<unknown>,
 *   close(): Promise<void>,
 * }} ShopHost
 */

/** @param {import('node:net').Server} server */
const portOf = (server) => /** @type {import('node:net').AddressInfo} */ (server.address()).port;

/** @param {ShopOptions} [options] @returns {Promise<ShopHost>} */
export async function startShopHost(options = {}) {
  const shop = createShop({ scenario: 'demo', ...options });
  // The benchmark's realistic timing: a real shop answers over the network, not in a millisecond.
  let responseDelayMs = 0;
  const tls = https.createServer(
    {
      key: fs.readFileSync(path.join(here, 'certs/shop-test.key')),
      cert: fs.readFileSync(path.join(here, 'certs/shop-test.crt')),
    },
    (req, res) => {
      if (responseDelayMs > 0) setTimeout(() => void shop.handle(req, res), responseDelayMs);
      else void shop.handle(req, res);
    },
  );
  /** @type {string[]} */
  const foreignRequests = [];
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const proxy = http.createServer((req, res) => {
    // Plain-http proxy requests: the shop only speaks https; everything else is foreign.
    const target = req.url ?? '';
    if (/^http:\/\/(www\.)?slbdiensten\.nl\//.test(target)) {
      res.writeHead(301, { location: target.replace(/^http:/, 'https:') });
    } else {
      foreignRequests.push(target);
      res.writeHead(403);
    }
    res.end();
  });
  proxy.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    // A browser that closes or restarts drops its tunnels mid-stream: normal, not a test failure.
    s.on('error', () => s.destroy());
  });
  tls.on('tlsClientError', (_error, s) => s.destroy());
  proxy.on('connect', (req, socket, head) => {
    const target = req.url ?? '';
    if (!SHOP_HOSTS.test(target)) {
      foreignRequests.push(target);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tls.emit('connection', socket);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(undefined)));

  // The shop's control endpoint, for tests only, on a plain local port no browser is told about.
  const controlServer = http.createServer((req, res) => void shop.handle(req, res));
  await new Promise((resolve) => controlServer.listen(0, '127.0.0.1', () => resolve(undefined)));
  /** @param {'GET' | 'POST'} method @param {string} route @param {unknown} [body] */
  const control = async (method, route, body) => {
    const res = await fetch(`http://127.0.0.1:${portOf(controlServer)}${route}`, {
      method,
      headers: { 'x-shop-control': '1', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`shop control ${route}: ${res.status} ${await res.text()}`);
    return /** @type {Promise<unknown>} */ (res.json());
  };

  return {
    proxyUrl: `http://127.0.0.1:${portOf(proxy)}`,
    foreignRequests,
    /** Every shop response from now on starts this many ms late (time to first byte). */
    setResponseDelay(ms) {
      responseDelayMs = ms;
    },
    async reset(opts = {}) {
      await control('POST', '/__control/reset', { scenario: 'demo', ...opts });
    },
    async complete() {
      await control('POST', '/__control/complete', {});
    },
    state: () => control('GET', '/__control/state'),
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => proxy.close(() => resolve(undefined)));
      await new Promise((resolve) => controlServer.close(() => resolve(undefined)));
    },
  };
}
