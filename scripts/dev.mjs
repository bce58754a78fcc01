// `npm run dev`: `wxt dev` (rebuild and reload on every change) in a browser that reaches only the
// simulated SLBdiensten shop, started here behind its local proxy. Never the real shop.
// `npm run dev -- -b firefox` for Firefox. Needs a display (the browser opens a window).
import { spawn } from 'node:child_process';
import { startShopHost, SHOP_ORIGIN } from '../test/e2e/shop-host.mjs';

if (!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)) {
  console.error('npm run dev opent een browservenster en heeft een scherm nodig. Zonder scherm: npm run demo (schermafbeeldingen).');
  process.exit(1);
}

const shop = await startShopHost({ scenario: 'demo' });
console.log(`Gesimuleerde webshop op ${SHOP_ORIGIN}/ via ${shop.proxyUrl} (alleen in de ontwikkelbrowser)`);
console.log('Demo-account: j.devries@onderwijsgroep-rivierland.nl / vinkje');
const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, VINKJE_DEV_PROXY: shop.proxyUrl } });
const stop = () => wxt.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', async (code) => {
  await shop.close().catch(() => {});
  process.exit(code ?? 0);
});
