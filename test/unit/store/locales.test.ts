import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const localesDir = new URL('../../../public/_locales/', import.meta.url);
const locales = fs.readdirSync(localesDir);
const messages = (locale: string) =>
  JSON.parse(fs.readFileSync(new URL(`${locale}/messages.json`, localesDir), 'utf8')) as Record<'extName' | 'extDescription', { message: string }>;
// Characters as a person counts them (and the stores do), not UTF-16 units.
const length = (text: string) => [...text].length;

describe('the manifest name and description fit the stores in every locale', () => {
  it('has Dutch, the default, and English', () => {
    expect(locales.sort()).toEqual(['en', 'nl']);
  });

  it.each(locales)('%s: a name of at most 45 characters and a description of at most 132', (locale) => {
    const { extName, extDescription } = messages(locale);
    // Chrome allows 75 for the name, addons.mozilla.org 50; 45 leaves room in both listings' titles.
    expect(length(extName.message)).toBeGreaterThan(0);
    expect(length(extName.message)).toBeLessThanOrEqual(45);
    expect(length(extDescription.message)).toBeGreaterThan(0);
    expect(length(extDescription.message)).toBeLessThanOrEqual(132);
  });

  it.each(locales)('%s: has the same messages as the default locale', (locale) => {
    expect(Object.keys(messages(locale)).sort()).toEqual(Object.keys(messages('nl')).sort());
  });
});
