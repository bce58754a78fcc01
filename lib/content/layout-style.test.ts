import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLayoutStyle } from './layout-style';
import { PANEL_WIDTH_PX } from './page-layout';

let doc: Document;
const layoutStyles = () => doc.querySelectorAll('style[data-vinkje="layout"]');
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

beforeEach(() => {
  doc = parseHTML('<!doctype html><html><head></head><body><p>Winkel</p></body></html>').document as unknown as Document;
});

describe("the shop page's layout style", () => {
  it('makes room for the open panel, and none for the small tab', () => {
    const style = createLayoutStyle(doc);
    style.show('open');
    expect(layoutStyles()).toHaveLength(1);
    expect(style.element.textContent).toContain(`margin-right: ${PANEL_WIDTH_PX}px`);
    style.show('collapsed');
    expect(style.element.textContent).toBe('');
  });

  it('is not rewritten when the panel is drawn again as it was, so the page is not laid out again', async () => {
    const style = createLayoutStyle(doc);
    style.show('open');
    const window = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
    const changes: MutationRecord[] = [];
    new window.MutationObserver((records) => changes.push(...records)).observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
    style.show('open');
    style.show('open');
    await settle();
    expect(changes).toEqual([]);
    style.show('collapsed');
    await settle();
    expect(changes.length).toBeGreaterThan(0);
  });
});
