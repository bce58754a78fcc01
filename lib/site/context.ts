/**
 * One look at a page, shared by the detector and the readers so the document is walked once:
 * headings, controls, header cells and text lines are computed on first use and then reused.
 */

import { lineSearch, subsetSearch, type LineSearch } from './line-search';
import { elementText } from './dom/element-text';
import { type Control, controls, type Heading, headings, titleHeadings } from './dom/headings-controls';
import { labelText } from './dom/normalize';
import { buildPageText, type Line, type PageText, selectAll } from './dom/page-walk';
import { isHidden } from './dom/visibility';

export interface PageContext {
  readonly doc: Document;
  readonly url: string;
  /** URL path, lower-cased ('' when the URL does not parse). */
  readonly path: string;
  /** The element the page's content lives in: body, else the document element. */
  readonly root: Element;
  headings(): Heading[];
  /** The page title(s): top-level content headings. */
  titles(): Heading[];
  /** Clickable controls, visible and hidden. */
  controls(): Control[];
  /** Visible header-cell labels of all tables (lower case, no trailing colon). */
  headerLabels(): Set<string>;
  pageText(): PageText;
  /** Visible lines outside the site chrome. */
  contentLines(): Line[];
  /** Where a pattern can first match in contentLines() (see line-search.ts). */
  contentSearch(): LineSearch;
  /** Where a pattern can first match in pageText().lines, hidden and chrome lines included. */
  allLinesSearch(): LineSearch;
  /** Where a pattern can first match a control's norm in controls(). */
  controlSearch(): LineSearch;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'https://example.invalid/').pathname.toLowerCase();
  } catch {
    return '';
  }
}

export function createContext(doc: Document, url: string): PageContext {
  const root: Element = doc.body ?? doc.documentElement;
  const pageText = lazy(() => buildPageText(root));
  const allHeadings = lazy(() => (root ? headings(root, pageText()) : []));
  /** The content lines, and per index of all lines the index of the first content line at or after it. */
  const content = lazy(() => {
    const all = pageText().lines;
    const lines: Line[] = [];
    const indexAt: number[] = [];
    for (const line of all) {
      indexAt.push(lines.length);
      if (!line.hidden && !line.chrome) lines.push(line);
    }
    indexAt.push(lines.length);
    return { lines, indexAt };
  });
  const contentLines = (): Line[] => content().lines;
  const allLinesSearch = lazy(() => lineSearch(pageText().lines));
  const allControls = lazy(() => (root ? controls(root, pageText()) : []));
  return {
    doc,
    url,
    path: pathOf(url),
    root,
    headings: allHeadings,
    titles: lazy(() => titleHeadings(allHeadings())),
    controls: allControls,
    headerLabels: lazy(() => {
      const out = new Set<string>();
      if (!root) return out;
      for (const cell of selectAll(root, 'headerCells', pageText())) {
        const text = labelText(elementText(cell));
        if (text && !isHidden(cell)) out.add(text);
      }
      return out;
    }),
    pageText,
    contentLines,
    contentSearch: lazy(() => subsetSearch(contentLines(), allLinesSearch(), content().indexAt)),
    allLinesSearch,
    controlSearch: lazy(() => lineSearch(allControls())),
  };
}
