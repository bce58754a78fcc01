// Checks the catalogue data itself, so a rename or a new product cannot break recognition silently.
import { describe, expect, it } from 'vitest';
import { CATALOGUE, PRODUCT_FAMILIES, USER_TYPES, type CatalogueEntry } from './catalogue-data';
import { matchingEntries, recogniseProduct } from './catalogue';

const entryLists: Array<[string, CatalogueEntry[]]> = [
  ['default', CATALOGUE.defaultEntries],
  ...Object.entries(CATALOGUE.byYear).map(([year, entries]): [string, CatalogueEntry[]] => [year, entries]),
];
const yearOf = (label: string): number => (label === 'default' ? Number.NaN : Number(label));

describe.each(entryLists)('catalogue %s', (label, entries) => {
  it('has unique ids and known families', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) expect(PRODUCT_FAMILIES).toContain(entry.family);
  });

  it('has patterns that compile and examples for every entry', () => {
    for (const entry of entries) {
      expect(entry.patterns.length, entry.id).toBeGreaterThan(0);
      expect(entry.examples.length, entry.id).toBeGreaterThan(0);
      for (const pattern of [...entry.patterns, ...(entry.exclude ?? [])]) {
        expect(() => new RegExp(pattern, 'i'), pattern).not.toThrow();
      }
    }
  });

  it('recognises every example as its own entry, family and user type', () => {
    for (const entry of entries) {
      for (const example of entry.examples) {
        const product = recogniseProduct(example.name, yearOf(label));
        expect(product, example.name).not.toBeNull();
        expect(product?.id, example.name).toBe(entry.id);
        expect(product?.family, example.name).toBe(entry.family);
        expect(product?.userType, example.name).toBe(example.userType);
      }
    }
  });

  it('matches no example name by two entries', () => {
    for (const entry of entries) {
      for (const example of entry.examples) {
        expect(matchingEntries(example.name, yearOf(label)).map((e) => e.id), example.name).toEqual([entry.id]);
      }
    }
  });

  it('gives every family at least one product', () => {
    const families = new Set(entries.map((e) => e.family));
    for (const family of PRODUCT_FAMILIES) expect(families.has(family), family).toBe(true);
  });
});

describe('user type words', () => {
  it('never share a word between staff and students', () => {
    const [staff, students] = USER_TYPES.map((u) => new Set(CATALOGUE.userTypeWords[u]));
    for (const word of staff ?? []) expect(students?.has(word), word).toBe(false);
  });
});
