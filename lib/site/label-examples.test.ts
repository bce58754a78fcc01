import { describe, expect, it } from 'vitest';
import { allPatterns, labels } from './labels.testutil';
import { COLUMNS_EXAMPLES } from './label-examples/columns';
import { CONTROLS_EXAMPLES } from './label-examples/controls';
import { INSTITUTION_EXAMPLES } from './label-examples/institution';
import { TEXTS_EXAMPLES } from './label-examples/texts';
import { TITLES_EXAMPLES } from './label-examples/titles';
import { collapse, labelText, matchesWhole, normalize } from './dom/normalize';

/** The examples of every labels/ file, as one record keyed by pattern path. */
const LABEL_EXAMPLES = { ...TITLES_EXAMPLES, ...CONTROLS_EXAMPLES, ...COLUMNS_EXAMPLES, ...TEXTS_EXAMPLES, ...INSTITUTION_EXAMPLES };

/** How the readers hand a text to a pattern. */
interface Use {
  /** The text as the pattern sees it. */
  prepare: (text: string) => string;
  /** The readers accept only a match of the whole text (a label compared as a whole). */
  whole: boolean;
}

/** A line, heading or control: collapsed and lower case (Line.norm, Control.norm). */
const NORMALISED: Use = { prepare: normalize, whole: false };
/** A header cell or a field's label: lower case without a trailing colon or star, matched from its start. */
const LABEL_START: Use = { prepare: labelText, whole: false };
/** A label compared as a whole: lower case without a trailing colon or star. */
const WHOLE_LABEL: Use = { prepare: labelText, whole: true };
/** Case-kept text, as written (patterns with the `i` flag, splitting and trimming a name). */
const CASE_KEPT: Use = { prepare: collapse, whole: false };
/** A page address: its path, lower case (PageContext.path). */
const URL_PATH: Use = { prepare: (url) => new URL(url, 'https://example.invalid/').pathname.toLowerCase(), whole: false };

/** Patterns run on the text as written (the role line's list, names and their brackets and arrows). */
const CASE_KEPT_PATHS = new Set([
  'labels.TEXTS.roleListStart',
  'labels.TEXTS.roleListEnd',
  'labels.TEXTS.roleListSeparator',
  'labels.INSTITUTION.labelThenName',
  'labels.INSTITUTION.sentences[0]',
  'labels.INSTITUTION.sentences[1]',
  'labels.INSTITUTION.sentences[2]',
  'labels.INSTITUTION.sentences[3]',
  'labels.INSTITUTION.titleSuffix',
  'labels.INSTITUTION.menuArrow',
  'labels.INSTITUTION.trailingPunctuation',
  'labels.INSTITUTION.brin',
  'labels.INSTITUTION.placeInBrackets',
]);

/** Label patterns the readers test on a whole label (labelText of a line, a label element or an aria-label). */
const WHOLE_LABEL_PATHS = new Set([
  'labels.FIELD_LABELS.institution',
  'labels.FIELD_LABELS.customerNumber',
  'labels.FIELD_LABELS.product',
  'labels.FIELD_LABELS.reference',
  'labels.FIELD_LABELS.orderNumber',
  'labels.INSTITUTION.label',
]);

function useOf(path: string): Use {
  if (CASE_KEPT_PATHS.has(path)) return CASE_KEPT;
  if (WHOLE_LABEL_PATHS.has(path)) return WHOLE_LABEL;
  if (path.startsWith('labels.COLUMNS.')) return LABEL_START;
  // The quantity question is found as a field's label and as a line's label text.
  if (path === 'labels.TEXTS.quantityQuestion') return LABEL_START;
  if (path.startsWith('labels.PATH_HINTS[')) return URL_PATH;
  return NORMALISED;
}

function matches(path: string, re: RegExp, text: string): boolean {
  const use = useOf(path);
  const prepared = use.prepare(text);
  return use.whole ? matchesWhole(prepared, [re]) : re.test(prepared);
}

/** The first capture group that took part in the match (alternatives may each have their own). */
function firstGroup(path: string, re: RegExp, text: string): string | undefined {
  const m = re.exec(useOf(path).prepare(text));
  return m ? m.slice(1).find((g) => g !== undefined) : undefined;
}

/** The number of capture groups in a pattern. */
function groupCount(re: RegExp): number {
  return (new RegExp(`${re.source}|`).exec('') as RegExpExecArray).length - 1;
}

const patterns = allPatterns(labels, 'labels');
const byPath = new Map(patterns);
const records = Object.entries(LABEL_EXAMPLES);

describe('label examples', () => {
  it('cover every pattern in labels/', () => {
    const missing = patterns.map(([path]) => path).filter((path) => !(path in LABEL_EXAMPLES));
    expect(missing).toEqual([]);
  });

  it('name only patterns that exist', () => {
    const unknown = records.map(([path]) => path).filter((path) => !byPath.has(path));
    expect(unknown).toEqual([]);
  });

  it.each(records)('%s has at least two matches and two near misses', (_path, examples) => {
    expect(examples.match.length).toBeGreaterThanOrEqual(2);
    expect(examples.miss.length).toBeGreaterThanOrEqual(2);
  });

  it.each(records)('%s has group examples exactly when it captures', (path, examples) => {
    const re = byPath.get(path);
    if (!re) return;
    expect((examples.groups ?? []).length > 0).toBe(groupCount(re) > 0);
  });

  describe.each(records)('%s', (path, examples) => {
    const re = byPath.get(path);
    if (!re) return;

    it.each(examples.match)('matches "%s"', (text) => {
      expect(matches(path, re, text)).toBe(true);
    });

    it.each(examples.miss)('does not match "%s"', (text) => {
      expect(matches(path, re, text)).toBe(false);
    });

    if (examples.groups && examples.groups.length > 0) {
      it.each(examples.groups)('captures from "%s" the text "%s"', (text, group) => {
        expect(firstGroup(path, re, text)).toBe(group);
      });
    }
  });
});
