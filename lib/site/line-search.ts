/**
 * Finding the lines (or controls: anything with a collapsed, lower-case `norm`) a pattern can
 * match without testing every one. A big page has thousands of lines and the detectors and readers
 * test a dozen sentence patterns; one search over all texts joined says where the first possible
 * match is, so the exact per-line test starts there (or is skipped when nothing can match).
 * Results are the same as testing every line.
 */

type Normed = { norm: string };

export interface LineSearch {
  /**
   * Index of the first item that may match one of the patterns (tested on its norm); every item
   * before it certainly does not. The number of items when none can match.
   */
  firstCandidate(...patterns: RegExp[]): number;
  /** Whether any item's norm matches, testing only from the first candidate on. */
  some(pattern: RegExp): boolean;
}

/** The same pattern with `m`, so ^ and $ hold at every line boundary of the joined text. */
const multiline = new WeakMap<RegExp, RegExp>();
function multilineOf(pattern: RegExp): RegExp {
  let m = multiline.get(pattern);
  if (!m) {
    m = new RegExp(pattern.source, pattern.flags.replace(/[gym]/g, '') + 'm');
    multiline.set(pattern, m);
  }
  return m;
}

/**
 * Lookarounds could see past a line's end in the joined text, so a miss there would not prove a
 * miss per line: such patterns are always tested line by line.
 */
const LOOKAROUND = /\(\?<?[=!]/;

/**
 * Why this is exact: a norm holds no '\n' (whitespace is collapsed to spaces), so in the text
 * joined by '\n' each line is bounded by non-word characters, as it is on its own. Any match
 * inside one line (with ^ and $ at its ends, \b the same at its edges) is therefore also a match
 * of the multiline pattern in the joined text, at the same place. The leftmost match in the joined
 * text thus starts in or before the first matching line. It may be a false alarm (a match across
 * lines), which the per-line test that follows rules out.
 */
export function lineSearch(items: readonly Normed[]): LineSearch {
  let joined: string | null = null;
  const starts: number[] = [];
  const first = (pattern: RegExp): number => {
    if (LOOKAROUND.test(pattern.source)) return 0;
    if (joined === null) {
      let offset = 0;
      for (const item of items) {
        starts.push(offset);
        offset += item.norm.length + 1;
      }
      joined = items.map((item) => item.norm).join('\n');
    }
    const m = multilineOf(pattern).exec(joined);
    if (!m) return items.length;
    // The item the match starts in (a separator counts to the item before it).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= m.index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return searchWith(items, first);
}

/**
 * The search of a subset (the content lines among all lines), answered by the search of the whole
 * so the same texts are not joined twice. `wholeIndex[i]` is the index of the first subset item at
 * or after item i of the whole (for i up to and including the whole's length).
 */
export function subsetSearch(subset: readonly Normed[], whole: LineSearch, wholeIndex: readonly number[]): LineSearch {
  return searchWith(subset, (pattern) => wholeIndex[whole.firstCandidate(pattern)] ?? subset.length);
}

function searchWith(items: readonly Normed[], first: (pattern: RegExp) => number): LineSearch {
  return {
    firstCandidate(...patterns) {
      let out = items.length;
      for (const pattern of patterns) out = Math.min(out, first(pattern));
      return out;
    },
    some(pattern) {
      for (let i = first(pattern); i < items.length; i++) if (pattern.test((items[i] as Normed).norm)) return true;
      return false;
    },
  };
}
