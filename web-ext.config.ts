import { defineWebExtConfig } from 'wxt';

/**
 * The browser `wxt dev` opens (through `npm run dev`): it reaches "the shop" only through the local
 * proxy to the simulated shop that scripts/dev.mjs starts. Without that proxy every request goes to a
 * closed port, so a development browser can never reach the real SLBdiensten shop.
 */
const proxy = process.env.VINKJE_DEV_PROXY ?? 'http://127.0.0.1:9';

export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  chromiumArgs: [
    `--proxy-server=${proxy}`,
    '--ignore-certificate-errors',
    '--no-first-run',
    '--disable-sync',
    // Chromium refuses to start its sandbox as root (a container, a CI machine).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
  firefoxPref: {
    'network.proxy.type': 1,
    'network.proxy.ssl': new URL(proxy).hostname,
    'network.proxy.ssl_port': Number(new URL(proxy).port),
    'network.proxy.http': new URL(proxy).hostname,
    'network.proxy.http_port': Number(new URL(proxy).port),
  },
  startUrls: ['https://www.slbdiensten.nl/login/?redirect=%2Faccount%2F'],
});
