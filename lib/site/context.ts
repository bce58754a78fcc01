/**
 * One look at a page, shared by the detector and the readers so the document is walked once:
 * headings, controls, header cells and text lines are computed on first use and then reused.
 */

import { HEADER_CELL_SELECTOR } from './labels';
import {
  buildPageText,
  controls,
  elementText,
  headings,
  isHidden,
  labelText,
  titleHeadings,
  type Control,
  type Heading,
  type Line,
  type PageText,
} from './text';

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
  const allHeadings = lazy(() => (root ? headings(root) : []));
  const pageText = lazy(() => buildPageText(root));
  return {
    doc,
    url,
    path: pathOf(url),
    root,
    headings: allHeadings,
    titles: lazy(() => titleHeadings(allHeadings())),
    controls: lazy(() => (root ? controls(root, pageText()) : [])),
    headerLabels: lazy(() => {
      const out = new Set<string>();
      if (!root) return out;
      for (const cell of Array.from(root.querySelectorAll(HEADER_CELL_SELECTOR))) {
        const text = labelText(elementText(cell));
        if (text && !isHidden(cell)) out.add(text);
      }
      return out;
    }),
    pageText,
    contentLines: lazy(() => pageText().lines.filter((line) => !line.hidden && !line.chrome)),
  };
}
