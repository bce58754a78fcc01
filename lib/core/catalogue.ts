/**
 * Recognises a product from the name the shop shows. The data lives in catalogue-data.ts; this file
 * only matches. A name that matches no entry, or (a data error) more than one, is not recognised:
 * the cart check then reports it as "not checked" instead of guessing.
 */

import {
  CATALOGUE,
  USER_TYPES,
  type CatalogueData,
  type CatalogueEntry,
  type ProductFamily,
  type UserType,
} from './catalogue-data';
import type { LocalText } from './format';

export type { ProductFamily, UserType } from './catalogue-data';

export interface RecognisedProduct {
  /** The catalogue entry: two lines with the same id and user type are the same product. */
  id: string;
  family: ProductFamily;
  /** null when the product is not sold per user type, or the name does not say (or says both). */
  userType: UserType | null;
  perUserType: boolean;
  /** The name as given. */
  name: string;
  /** Canonical Dutch shop name including the user type, e.g. "Microsoft 365 A3 medewerkers". */
  label: string;
  /** Cores one unit stands for: 2 for a "2 core pack", otherwise 1. */
  coresPerUnit: number;
}

export const USER_TYPE_LABELS: Record<UserType, LocalText> = {
  staff: { nl: 'medewerkers', en: 'staff' },
  students: { nl: 'leerlingen/studenten', en: 'students' },
};

/** Lower case; dashes, brackets and punctuation become single spaces, so patterns stay simple. */
export function normaliseProductName(name: string): string {
  // NFKC folds look-alike characters (full-width letters, ligatures); plain ASCII needs none.
  const folded = /[^\x00-\x7f]/.test(name) ? name.normalize('NFKC') : name;
  return folded
    .toLowerCase()
    .replace(/[®™©]/g, '')
    .replace(/[\s\-\u2010-\u2015_()[\]{},;:"'’`|+*]+/g, ' ')
    .trim();
}

/** Whether two names are the same product as the shop writes it (case, spacing and punctuation aside). */
export function sameProductName(a: string, b: string): boolean {
  return normaliseProductName(a) === normaliseProductName(b);
}

interface CompiledEntry {
  entry: CatalogueEntry;
  patterns: RegExp[];
  exclude: RegExp[];
}

interface CompiledCatalogue {
  entriesFor(licenceYear: number): CompiledEntry[];
  userTypeWords: Array<{ userType: UserType; pattern: RegExp }>;
}

// Compiling once per data object keeps a 500-line check fast.
const compiledCache = new WeakMap<CatalogueData, CompiledCatalogue>();

function compileEntries(entries: CatalogueEntry[]): CompiledEntry[] {
  return entries.map((entry) => ({
    entry,
    patterns: entry.patterns.map((p) => new RegExp(p, 'i')),
    exclude: (entry.exclude ?? []).map((p) => new RegExp(p, 'i')),
  }));
}

function compile(data: CatalogueData): CompiledCatalogue {
  const cached = compiledCache.get(data);
  if (cached) return cached;
  const byYear = new Map<number, CompiledEntry[]>();
  for (const [year, entries] of Object.entries(data.byYear)) byYear.set(Number(year), compileEntries(entries));
  const defaults = compileEntries(data.defaultEntries);
  const compiled: CompiledCatalogue = {
    entriesFor: (licenceYear) => byYear.get(licenceYear) ?? defaults,
    userTypeWords: USER_TYPES.map((userType) => ({
      userType,
      pattern: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${data.userTypeWords[userType].join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    })),
  };
  compiledCache.set(data, compiled);
  return compiled;
}

function anyMatches(patterns: RegExp[], text: string): boolean {
  for (const pattern of patterns) if (pattern.test(text)) return true;
  return false;
}

function entriesMatching(normalised: string, licenceYear: number, compiled: CompiledCatalogue): CatalogueEntry[] {
  const found: CatalogueEntry[] = [];
  for (const c of compiled.entriesFor(licenceYear)) {
    // The exclusions run only for a name that matched: most names fail the first test cheaply.
    if (anyMatches(c.patterns, normalised) && !anyMatches(c.exclude, normalised)) found.push(c.entry);
  }
  return found;
}

function userTypeOfNormalised(normalised: string, compiled: CompiledCatalogue): UserType | null {
  const found = compiled.userTypeWords.filter((w) => w.pattern.test(normalised));
  return found.length === 1 ? (found[0]?.userType ?? null) : null;
}

/**
 * Every catalogue entry whose patterns match the name: at most one for a product's name (the data tests
 * check that), several for a text that lists products (an order's description).
 */
export function matchingEntries(
  name: string,
  licenceYear: number,
  data: CatalogueData = CATALOGUE,
): CatalogueEntry[] {
  return entriesMatching(normaliseProductName(name), licenceYear, compile(data));
}

/** The user type a name states; null when it states none or both. */
export function userTypeOf(name: string, data: CatalogueData = CATALOGUE): UserType | null {
  return userTypeOfNormalised(normaliseProductName(name), compile(data));
}

function coresPerUnit(normalisedName: string): number {
  const pack = /\b(\d{1,2}) ?cores? ?pack\b/.exec(normalisedName);
  const size = pack ? Number(pack[1]) : 1;
  return size >= 1 ? size : 1;
}

/** Canonical Dutch name for a family's entry and user type, e.g. "Basispakket medewerkers". */
export function productLabel(entryLabel: string, userType: UserType | null): string {
  return userType ? `${entryLabel} ${USER_TYPE_LABELS[userType].nl}` : entryLabel;
}

function recogniseUncached(name: string, licenceYear: number, compiled: CompiledCatalogue): RecognisedProduct | null {
  const normalised = normaliseProductName(name);
  const matches = entriesMatching(normalised, licenceYear, compiled);
  const entry = matches[0];
  if (!entry || matches.length > 1) return null;
  const userType = entry.perUserType ? userTypeOfNormalised(normalised, compiled) : null;
  return {
    id: entry.id,
    family: entry.family,
    userType,
    perUserType: entry.perUserType,
    name,
    label: productLabel(entry.label, userType),
    coresPerUnit: coresPerUnit(normalised),
  };
}

/**
 * The sidebar checks the same cart again on every page change, so answers are remembered per
 * catalogue and licence year; the memory is dropped when it grows past what real carts need.
 * Remembered products are frozen: they are shared between callers.
 */
const MAX_REMEMBERED = 5000;
const MAX_REMEMBERED_YEARS = 16;
const remembered = new WeakMap<CatalogueData, Map<number, Map<string, Readonly<RecognisedProduct> | null>>>();

function memoryFor(data: CatalogueData, licenceYear: number): Map<string, Readonly<RecognisedProduct> | null> {
  let byYear = remembered.get(data);
  if (!byYear) {
    byYear = new Map();
    remembered.set(data, byYear);
  }
  let memory = byYear.get(licenceYear);
  if (!memory) {
    if (byYear.size >= MAX_REMEMBERED_YEARS) byYear.clear();
    memory = new Map();
    byYear.set(licenceYear, memory);
  }
  return memory;
}

/** The product a visible name stands for in a licence year, or null when not (uniquely) known. */
export function recogniseProduct(
  name: string,
  licenceYear: number,
  data: CatalogueData = CATALOGUE,
): Readonly<RecognisedProduct> | null {
  if (typeof name !== 'string' || name.trim() === '') return null;
  const memory = memoryFor(data, licenceYear);
  let product = memory.get(name);
  if (product === undefined) {
    const found = recogniseUncached(name, licenceYear, compile(data));
    product = found ? Object.freeze(found) : null;
    if (memory.size >= MAX_REMEMBERED) memory.clear();
    memory.set(name, product);
  }
  return product;
}
