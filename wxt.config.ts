import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { hardenVendor } from './build/harden-vendor';
import { nativeBrowserInContentScripts } from './build/native-browser';
import { compileContentScriptsEagerly } from './build/compile-hints';
import { SHOP_PAGES } from './lib/content/shop-pages';

// scripting: the background adds the page report's code to a shop frame only when the person asks for it,
// and the sidebar's English texts only when it is shown in English; and registers the collapsed start
// of shop pages while the panel is kept collapsed (lib/background/collapsed-start.ts).
const PERMISSIONS = ['storage', 'alarms', 'notifications', 'scripting'];
// offscreen: Chrome's service worker has no DOM, so the page reader (lib/background/page-reader.ts)
// reads the shop's pages in an offscreen document; Firefox's background page has a DOM and no such permission.
const CHROME_ONLY_PERMISSIONS = ['offscreen'];

// One source, two browsers: Chrome MV3 (service worker) and Firefox MV3 (event page).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false, // explicit imports only: lib/core must visibly depend on nothing
  manifestVersion: 3,
  // The sources zip for the Firefox store: the code and how to build it (SOURCES.md), never keys,
  // certificates or local outputs. scripts/check-zips.mjs checks the result after every `npm run zip`.
  zip: {
    excludeSources: [
      'demo-screens/**',
      'bench/tmp/**',
      'test-results/**',
      'docs/**',
      'store/**',
      'test/e2e/certs/**',
      '**/*.+(key|pem|crt|p12|pfx)',
      '**/*.log',
    ],
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      nativeBrowserInContentScripts(entrypoints, config);
      compileContentScriptsEagerly(entrypoints, config);
    },
  },
  vite: () => ({
    plugins: [hardenVendor(), preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: browser === 'firefox' ? PERMISSIONS : [...PERMISSIONS, ...CHROME_ONLY_PERMISSIONS],
    host_permissions: SHOP_PAGES,
    // Firefox puts the button in the toolbar, where the deadline badge is seen, not in its extensions menu.
    action: browser === 'firefox' ? { default_title: 'Vinkje', default_area: 'navbar' } : { default_title: 'Vinkje' },
    // A keyboard command opens or closes the sidebar on the shop tab (lib/background/sidebar-command.ts).
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+V' }, description: '__MSG_toggleSidebar__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vinkje@vinkje.nl',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android knows data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // What school IT may set by policy (Chrome/Edge). Firefox reads the same keys from
          // policies.json's 3rdparty section and needs no schema.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
