// Renders the 440×280 promo tile the Chrome Web Store asks for (store/promo-tile-440x280.png) from
// the icon and the listing's one-line promise, in Dutch, the listing's first language.
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const svg = fs.readFileSync(new URL('../public/icon/vinkje.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 440, height: 280 } });
await page.setContent(`<style>
  html,body{margin:0;width:440px;height:280px;overflow:hidden}
  body{display:flex;align-items:center;gap:24px;padding:0 32px;box-sizing:border-box;
    background:#f3f8f5;color:#17392a;font-family:'DejaVu Sans',Arial,sans-serif}
  svg{flex:none;width:112px;height:112px}
  h1{margin:0 0 8px;font-size:40px}
  p{margin:0;font-size:17px;line-height:1.35}
</style>${svg}<div><h1>Vinkje</h1><p>De 7 stappen van de Microsoft-registratie bij SLBdiensten, op tijd en met de juiste aantallen.</p></div>`);
await page.screenshot({ path: new URL('../store/promo-tile-440x280.png', import.meta.url).pathname });
await browser.close();
