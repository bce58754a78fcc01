/**
 * The content script runs on every shop page, so it stays small: it uses the browser's own
 * promise-based extension API (lib/content/extension-api.ts) and WXT's own `browser` export instead of
 * webextension-polyfill, which the background, popup and options keep (about 5 KB gzip saved).
 */
import path from 'node:path';
import type { InlineConfig, Alias, AliasOptions } from 'vite';

interface EntrypointLike {
  type: string;
}

const NATIVE_BROWSER = path.resolve('node_modules/wxt/dist/browser.mjs');

function aliasList(alias: AliasOptions | undefined): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias as Alias[];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

export function nativeBrowserInContentScripts(entrypoints: readonly EntrypointLike[], config: InlineConfig): void {
  if (!entrypoints.every((e) => e.type === 'content-script')) return;
  config.resolve ??= {};
  config.resolve.alias = [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...aliasList(config.resolve.alias)];
}
