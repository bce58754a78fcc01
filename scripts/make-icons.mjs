// Renders public/icon/vinkje.svg to the PNG sizes the stores ask for (16, 32, 48, 96, 128).
// The 128 px icon is the one the stores show: its artwork is 96 px with 16 px of transparent
// padding on every side, as the Chrome Web Store asks. The small toolbar sizes fill their square.
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const svg = fs.readFileSync(new URL('../public/icon/vinkje.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  const padding = size === 128 ? 16 : 0;
  const art = size - 2 * padding;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${art}px;height:${art}px;margin:${padding}px}</style>${svg}`,
  );
  await page.screenshot({ path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname, omitBackground: true });
}
await browser.close();
