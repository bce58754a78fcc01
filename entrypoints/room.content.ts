import { defineContentScript } from 'wxt/utils/define-content-script';
// The panel's room on the shop's page, added by the browser with this script (manifest CSS).
import '../lib/content/page-room.css';
import { askBackground } from '../lib/content/background-client';
import { runtime } from '../lib/content/extension-api';
import { startPage } from '../lib/content/page-start';
import { SHOP_PAGES } from '../lib/content/shop-pages';
import type { ContentMessage } from '../lib/messages';

/**
 * The only script the manifest puts on the shop's pages, at document start: the empty host that makes
 * the panel's room before the shop's HTML is parsed, presses heard at once, and once the page has
 * loaded its first snapshot sent and the panel's script (entrypoints/shop.content) asked for
 * (lib/content/page-start.ts). Everything else runs after the shop's page has loaded.
 */
export default defineContentScript({
  matches: SHOP_PAGES,
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    startPage({
      doc: document,
      win: window,
      signal: ctx.signal,
      href: () => location.href,
      ask: askBackground,
      loadPanel: async () => runtime()?.sendMessage({ type: 'load-panel' } satisfies ContentMessage),
    });
  },
});
