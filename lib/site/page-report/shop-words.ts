/**
 * The words a page report may keep: the shop's own words, taken from the patterns Vinkje reads the
 * shop with (lib/site/labels) and the product names it recognises, plus a few words every page's
 * navigation and sentences are made of. A word not in here is replaced in the report, so a name or
 * anything else the shop's wording does not explain never leaves the page, even one Vinkje has
 * never seen; a shop word missing from here only makes the report a little less readable.
 */

import { CATALOGUE, type CatalogueEntry } from '../../core/catalogue-data';
import { COLUMNS, STATUS_WORDS } from '../labels/columns';
import { CONTROLS } from '../labels/controls';
import { INSTITUTION } from '../labels/institution';
import { FIELD_LABELS, TEXTS, CUSTOMER_NUMBER_IN_TEXT } from '../labels/texts';
import { TITLES } from '../labels/titles';

/** Navigation, footer and sentence words of a web shop that the reading patterns do not name. */
const COMMON_WORDS = `
  de het een en of van voor met op in aan te is zijn niet wel naar om bij tot uit over als dan dat dit deze die er
  je jij jouw uw u we wij ons onze hier meer alle geen nog ook al per door na via zoals
  the a an and or of for with on in to is are not your you our here more all no
  zoeken zoek inhoud menu home contact voorwaarden privacy cookies cookiebeleid algemene veelgestelde vragen
  producten product software overige adobe microsoft windows office onderwijs diensten nieuws snel
  terug volgende vorige pagina sluiten annuleren ja nee opslaan wachtwoord gebruikersnaam e-mail e-mailadres
  mijn gegevens dashboard bekijk bestellingen servicedesk telefoon mail informatie handleiding stappenplan
  registratie jaarregistratie licentiejaar datum totaal subtotaal btw excl incl prijs bedrag aantal status
  slbdiensten slb mijnslbdiensten naam adres postcode plaats land
`;

const ESCAPES = /\\[a-zA-Z]|\\./g;
const WORD = /[a-zà-ÿ][a-zà-ÿ0-9'’-]*/g;
/** Patterns that may match any word (".", "\S", "\w", "[^…]") cannot vouch for a single word. */
const WILDCARD = /\.|\\[SsWwDd]|\[\^/;

type PatternTree = RegExp | string | readonly PatternTree[] | { readonly [key: string]: unknown };

function collect(tree: unknown, out: RegExp[]): void {
  if (tree instanceof RegExp) out.push(tree);
  else if (Array.isArray(tree)) for (const item of tree) collect(item, out);
  else if (tree && typeof tree === 'object') for (const value of Object.values(tree as Record<string, unknown>)) collect(value, out);
}

function literalWords(source: string, into: Set<string>): void {
  for (const w of source.replace(ESCAPES, ' ').toLowerCase().match(WORD) ?? []) if (w.length >= 2) into.add(w);
}

function catalogueSources(entries: readonly CatalogueEntry[], into: Set<string>): void {
  for (const entry of entries) {
    literalWords(entry.label, into);
    for (const p of entry.patterns) literalWords(p, into);
    for (const example of entry.examples) literalWords(example.name, into);
  }
}

function build(): { words: Set<string>; wholeWordPatterns: RegExp[] } {
  const patterns: RegExp[] = [];
  const tree: PatternTree[] = [TITLES, CONTROLS, COLUMNS, INSTITUTION, FIELD_LABELS, TEXTS, [CUSTOMER_NUMBER_IN_TEXT]];
  collect(tree, patterns);
  for (const s of STATUS_WORDS) patterns.push(s.pattern);
  const words = new Set<string>();
  for (const p of patterns) literalWords(p.source, words);
  literalWords(COMMON_WORDS, words);
  catalogueSources(CATALOGUE.defaultEntries, words);
  for (const entries of Object.values(CATALOGUE.byYear)) catalogueSources(entries, words);
  for (const list of Object.values(CATALOGUE.userTypeWords)) for (const w of list) literalWords(w, words);
  return { words, wholeWordPatterns: patterns.filter((p) => !p.global && !p.sticky && !WILDCARD.test(p.source)) };
}

let cached: ReturnType<typeof build> | null = null;
const verdicts = new Map<string, boolean>();

/** True when the (lower-case) word is one of the shop's words or Vinkje's product words. */
export function isShopWord(word: string): boolean {
  const known = verdicts.get(word);
  if (known !== undefined) return known;
  cached ??= build();
  let yes = cached.words.has(word);
  // Alternations such as "winkelwagen(tje)?" name words no literal fragment spells out.
  if (!yes) {
    for (const p of cached.wholeWordPatterns) {
      const m = p.exec(word);
      if (m && m.index === 0 && m[0] === word) {
        yes = true;
        break;
      }
    }
  }
  verdicts.set(word, yes);
  return yes;
}
