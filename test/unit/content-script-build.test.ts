import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alias, InlineConfig } from 'vite';
import { nativeBrowserInContentScripts } from '../../build/native-browser';

function aliasFor(specifier: string, types: string[]): string | undefined {
  const config: InlineConfig = {};
  nativeBrowserInContentScripts(types.map((type) => ({ type })), config);
  const found = ((config.resolve?.alias ?? []) as Alias[]).find((a) => (typeof a.find === 'string' ? a.find === specifier : a.find.test(specifier)));
  return found?.replacement;
}

describe('the content script’s build', () => {
  it('uses the browser’s own extension API and the lean script context', () => {
    expect(aliasFor('wxt/browser', ['content-script'])).toBe(path.resolve('node_modules/wxt/dist/browser.mjs'));
    expect(aliasFor('wxt/utils/content-script-context', ['content-script'])).toBe(path.resolve('lib/content/script-context.ts'));
  });

  it('leaves the other builds (background, sidebar-ui.js) with the polyfill and WXT’s context', () => {
    expect(aliasFor('wxt/browser', ['unlisted-script'])).toBeUndefined();
    expect(aliasFor('wxt/browser', ['background'])).toBeUndefined();
  });
});
