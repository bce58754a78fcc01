/**
 * The content script runs on every shop page, so it stays small: it uses the browser's own
 * promise-based extension API (lib/content/extension-api.ts) and WXT's own `browser` export instead of
 * webextension-polyfill, which the background, popup and options keep (about 5 KB gzip saved), and a
 * lean script context (lib/content/script-context.ts) instead of WXT's (about 0.5 KB gzip saved).
 */
import path from 'node:path';
import type { InlineConfig, Alias, AliasOptions } from 'vite';

export interface EntrypointLike {
  type: string;
}

/** A build of content scripts only (WXT builds each group of entrypoints on its own). */
export function isContentScriptBuild(entrypoints: readonly EntrypointLike[]): boolean {
  return entrypoints.length > 0 && entrypoints.every((e) => e.type === 'content-script');
}

const NATIVE_BROWSER = path.resolve('node_modules/wxt/dist/browser.mjs');
const LEAN_SCRIPT_CONTEXT = path.resolve('lib/content/script-context.ts');

function aliasList(alias: AliasOptions | undefined): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias as Alias[];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

export function nativeBrowserInContentScripts(entrypoints: readonly EntrypointLike[], config: InlineConfig): void {
  if (!isContentScriptBuild(entrypoints)) return;
  config.resolve ??= {};
  config.resolve.alias = [
    { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER },
    { find: /^wxt\/utils\/content-script-context$/, replacement: LEAN_SCRIPT_CONTEXT },
    ...aliasList(config.resolve.alias),
  ];
}
