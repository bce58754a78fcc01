import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { hardenVendor } from './build/harden-vendor';
import { nativeBrowserInContentScripts } from './build/native-browser';

// One source, two browsers: Chrome MV3 (service worker) and Firefox MV3 (event page).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false, // explicit imports only: lib/core must visibly depend on nothing
  manifestVersion: 3,
  // The sources zip for the Firefox store: the code and how to build it, not local outputs.
  zip: {
    excludeSources: ['demo-screens/**', 'bench/tmp/**', 'test-results/**', 'docs/**'],
  },
  hooks: {
    'vite:build:extendConfig': nativeBrowserInContentScripts,
  },
  vite: () => ({
    plugins: [hardenVendor(), preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://*.slbdiensten.nl/*'],
    action: { default_title: 'Vinkje' },
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
      : {}),
  }),
});
