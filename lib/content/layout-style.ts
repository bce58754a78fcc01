/**
 * Owns the one style element Vinkje adds to the shop's page (page-layout.ts says what it contains).
 * Each change to it makes the browser restyle and lay out the whole shop page, so it is written only
 * when the panel's state changes, never again for the same state (every answer from the background
 * redraws the panel, several times while a person types on the quantity page).
 */
import { layoutCss } from './page-layout';

/** How the sidebar is shown: the open panel, or the small tab. */
export type PanelShown = 'open' | 'collapsed';

export interface LayoutStyle {
  readonly element: HTMLStyleElement;
  show(panel: PanelShown): void;
  remove(): void;
}

export function createLayoutStyle(doc: Document): LayoutStyle {
  const element = doc.createElement('style');
  element.setAttribute('data-vinkje', 'layout');
  let written: string | null = null;
  return {
    element,
    show(panel) {
      const css = layoutCss(panel === 'open');
      if (css !== written) {
        element.textContent = css;
        written = css;
      }
      if (!element.isConnected) (doc.head ?? doc.documentElement).append(element);
    },
    remove: () => element.remove(),
  };
}
