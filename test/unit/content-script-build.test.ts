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
  it('carries no English table of the sidebar: strings.ts finds it on demand', () => {
    expect(aliasFor('./english-strings', ['content-script'])).toBe(path.resolve('components/english-strings-on-demand.ts'));
  });

  it('leaves the other builds (popup, options, english-texts.js) with the table itself', () => {
    expect(aliasFor('./english-strings', ['unlisted-script'])).toBeUndefined();
    expect(aliasFor('./english-strings', ['background'])).toBeUndefined();
  });
});
