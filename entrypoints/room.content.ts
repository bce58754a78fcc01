import { defineContentScript } from 'wxt/utils/define-content-script';
// The panel's room on the shop's page, added by the browser with this script (manifest CSS).
import '../lib/content/page-room.css';
import { placeHostEarly } from '../lib/content/mount';
import { SHOP_PAGES } from '../lib/content/shop-pages';

/**
 * The only thing Vinkje does before the shop's HTML is parsed: put its empty host element on the
 * page, so the page's first layout already leaves the panel's room (lib/content/mount.ts). Everything
 * else waits for the page (entrypoints/shop.content, which takes this host over).
 */
export default defineContentScript({
  matches: SHOP_PAGES,
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main() {
    placeHostEarly(document);
  },
});
