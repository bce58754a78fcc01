import { DOMParser as LinkedomParser, parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { staticPanel } from './static-panel';

const OPEN = '<aside class="panel" data-testid="vinkje-panel" data-page="cart"><header class="panel__header"><h1>Vinkje</h1></header><p>Stappen</p></aside>';
const TAB = '<div class="tab" data-testid="vinkje-panel" data-collapsed="true"><button>Vinkje 3/7</button></div>';

let doc: Document;
let container: HTMLElement;
beforeEach(() => {
  vi.stubGlobal('DOMParser', LinkedomParser);
  const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
  doc = document as unknown as Document;
  container = doc.getElementById('c') as HTMLElement;
});
afterEach(() => vi.unstubAllGlobals());

describe('the sidebar the shop’s page shows before it is interactive', () => {
  it('shows the HTML the background drew, as it is', () => {
    staticPanel(doc, container).showHtml(OPEN, null, 'nl');
    expect(container.querySelector('[data-testid="vinkje-panel"]')?.getAttribute('data-page')).toBe('cart');
    expect(container.textContent).toContain('Stappen');
  });

  it('tells a problem under the open panel’s header, in the view’s language, and not on the tab', () => {
    const panel = staticPanel(doc, container);
    panel.showHtml(OPEN, 'reload-needed', 'en');
    const notice = container.querySelector('header + [role="alert"]');
    expect(notice?.textContent).toContain('Reload this page');
    panel.showHtml(TAB, 'reload-needed', 'en');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the frame while the page is read, with its own hook and busy, and the problem if no view ever came', () => {
    const panel = staticPanel(doc, container);
    panel.showFrame({ pending: true, problem: null, language: 'nl' });
    const frame = container.querySelector('[data-testid="vinkje-panel-pending"]');
    expect(frame?.getAttribute('aria-busy')).toBe('true');
    expect(frame?.textContent).toContain('Deze pagina wordt gelezen');
    // The frame is not the panel: tests and people waiting for a read page do not take it for one.
    expect(container.querySelector('[data-testid="vinkje-panel"]')).toBeNull();
    panel.showFrame({ pending: true, problem: 'unavailable', language: 'nl' });
    expect(container.querySelector('[data-testid="vinkje-panel"] [role="alert"]')?.textContent).toContain('kan zijn gegevens nu niet bereiken');
    panel.showFrame({ pending: false, problem: null, language: 'nl' });
    expect(container.children.length).toBe(0);
  });

  it('keeps the panel’s elements when a new view changes only their text, so a press under way still lands', () => {
    const panel = staticPanel(doc, container);
    panel.showHtml('<aside class="panel"><button data-n="1">Stap 3</button><p>a</p></aside>', null, 'nl');
    const button = container.querySelector('button');
    panel.showHtml('<aside class="panel"><button data-n="2">Stap 3 (handmatig)</button><ul><li>b</li></ul></aside>', null, 'nl');
    expect(container.querySelector('button')).toBe(button);
    expect(button?.getAttribute('data-n')).toBe('2');
    expect(button?.textContent).toBe('Stap 3 (handmatig)');
    expect(container.querySelector('p')).toBeNull();
    expect(container.querySelector('ul li')?.textContent).toBe('b');
  });

  it('does not draw the same HTML twice, so the person’s place and selection stay', () => {
    const panel = staticPanel(doc, container);
    panel.showHtml(OPEN, null, 'nl');
    const first = container.firstElementChild;
    panel.showHtml(OPEN, null, 'nl');
    expect(container.firstElementChild).toBe(first);
  });
});
