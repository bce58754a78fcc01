// The offscreen document that reads page snapshots for Chrome's service worker (lib/background/page-reader.ts).
import { browser } from 'wxt/browser';
import { listenAsPageReader } from '../../lib/background/reader-document';

listenAsPageReader(browser.runtime, new DOMParser(), navigator.serviceWorker);
