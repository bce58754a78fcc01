import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alias, InlineConfig } from 'vite';
import { nativeBrowserInContentScripts } from '../../build/native-browser';
import { COMPILE_HINT, compileContentScriptsEagerly, compileEagerly } from '../../build/compile-hints';

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

describe('the compile hint of the content scripts', () => {
  const bundleOf = (chunks: Record<string, { type: string; isEntry?: boolean; code?: string }>) => {
    const plugin = compileEagerly();
    const hook = plugin.generateBundle as unknown as (options: unknown, bundle: typeof chunks) => void;
    hook.call({}, {}, chunks);
    return chunks;
  };

  it('is put on the first line of each entry chunk, once, and nowhere else', () => {
    const bundle = bundleOf({
      'content-scripts/shop.js': { type: 'chunk', isEntry: true, code: 'var shop=(function(){})();' },
      'chunks/shared.js': { type: 'chunk', isEntry: false, code: 'export const a=1;' },
      'content-scripts/shop.css': { type: 'asset' },
    });
    expect(bundle['content-scripts/shop.js']!.code).toBe(`${COMPILE_HINT}\nvar shop=(function(){})();`);
    expect(bundle['chunks/shared.js']!.code).toBe('export const a=1;');
    expect(bundleOf({ 'a.js': { type: 'chunk', isEntry: true, code: `${COMPILE_HINT}\nx();` } })['a.js']!.code).toBe(`${COMPILE_HINT}\nx();`);
  });

  it('is given to the content scripts’ builds only', () => {
    const pluginsFor = (types: string[]) => {
      const config: InlineConfig = {};
      compileContentScriptsEagerly(types.map((type) => ({ type })), config);
      return (config.plugins ?? []).map((p) => (p as { name: string }).name);
    };
    expect(pluginsFor(['content-script'])).toEqual(['vinkje:compile-eagerly']);
    expect(pluginsFor(['unlisted-script'])).toEqual([]);
    expect(pluginsFor(['background', 'content-script'])).toEqual([]);
    expect(pluginsFor([])).toEqual([]);
  });
});
