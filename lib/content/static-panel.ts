/**
 * The sidebar as the shop's page shows it on load: the HTML the background drew for the view
 * (components/sidebar-html.tsx), put in as it is, with no framework in the page. The frame while the
 * page is read and the notice when the background cannot be reached are drawn here, since the
 * background is not there to draw them.
 */
import { frameStrings } from '../../components/frame-strings';
import type { Language } from '../core/view';
import type { ClientProblem } from './background-client';
import { morphChildren } from './morph';

export interface StaticPanel {
  /** The background's HTML of the view; with a problem, its notice under the panel's header. */
  showHtml(html: string, problem: ClientProblem | null, language: Language): void;
  /** No view yet: the frame while the page is read, or the problem alone, or nothing. */
  showFrame(state: { pending: boolean; problem: ClientProblem | null; language: Language }): void;
}

export function staticPanel(doc: Document, container: HTMLElement): StaticPanel {
  // The HTML is parsed inert (DOMParser runs no script and loads nothing) and comes from the
  // extension's own background only; its texts from the shop were escaped when it was drawn.
  const parser = new DOMParser();
  let shown = '';

  let showingView = false;
  const replace = (key: string, nodes: () => Node[], isView = false) => {
    if (key === shown) return;
    shown = key;
    // One view after another: in place, not replaced, so the person's place in the panel, the focus
    // and a press under way stay. The frame has none of these and is simply replaced (cheaper).
    if (isView && showingView) morphChildren(container, nodes());
    else container.replaceChildren(...nodes());
    showingView = isView;
  };

  const notice = (problem: ClientProblem, language: Language) => {
    const p = doc.createElement('p');
    p.className = 'notice notice--critical';
    p.setAttribute('role', 'alert');
    p.textContent = problem === 'reload-needed' ? frameStrings[language].reloadNeeded : frameStrings[language].unavailable;
    return p;
  };

  /** The panel with only its title: the frame while reading, or the problem before any view came. */
  const bareFrame = (language: Language, attributes: Record<string, string>, below: Node) => {
    const t = frameStrings[language];
    const aside = doc.createElement('aside');
    aside.className = 'panel';
    for (const [name, value] of Object.entries({ ...attributes, 'aria-label': t.appName, lang: language })) aside.setAttribute(name, value);
    const header = doc.createElement('header');
    header.className = 'panel__header';
    const title = doc.createElement('h1');
    title.className = 'panel__title';
    const mark = doc.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '✓';
    title.append(mark, ` ${t.appName}`);
    header.append(title);
    aside.append(header, below);
    return aside;
  };

  return {
    showHtml(html, problem, language) {
      replace(`${problem ?? ''}|${html}`, () => {
        const nodes = Array.from(parser.parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html').body.childNodes);
        const header = nodes.find((n): n is Element => n.nodeType === 1)?.querySelector(':scope > header');
        // As the interactive sidebar draws it: the notice under the open panel's header, none on the tab.
        if (problem && header) header.after(notice(problem, language));
        return nodes;
      }, true);
    },
    showFrame({ pending, problem, language }) {
      if (problem) {
        replace(`frame|${problem}|${language}`, () => [
          bareFrame(language, { 'data-testid': 'vinkje-panel', 'data-page': 'unknown', 'data-collapsed': 'false' }, notice(problem, language)),
        ]);
      } else if (pending) {
        const reading = doc.createElement('p');
        reading.className = 'pending';
        reading.textContent = frameStrings[language].readingPage;
        replace(`pending|${language}`, () => [bareFrame(language, { 'data-testid': 'vinkje-panel-pending', 'aria-busy': 'true' }, reading)]);
      } else {
        replace('', () => []);
      }
    },
  };
}
