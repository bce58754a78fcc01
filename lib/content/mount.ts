/**
 * Vinkje's UI lives in an open shadow root under <vinkje-sidebar>: the shop's CSS cannot reach in
 * and ours cannot leak out. The host resets every inherited property so a hostile page style
 * (`* { all: unset }`, huge fonts) does not change how the sidebar looks.
 *
 * The host goes on the page as soon as the content script runs, empty: its presence is what makes
 * the panel's room (page-room.css), so the shop is laid out with that room while it still loads
 * and its buttons do not move later. What is in its shadow root comes once the page has loaded.
 */
import { PANEL_ATTRIBUTE } from './page-layout';

export const HOST_TAG = 'vinkje-sidebar';

export interface Mounted {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

/**
 * The host at the end of <html>, the panel open, with its shadow root still empty (attached now, so
 * whoever finds the host finds the root too); a previous copy's host goes first.
 */
export function placeHost(doc: Document): HTMLElement {
  doc.querySelectorAll(HOST_TAG).forEach((old) => old.remove()); // a previous instance of an updated extension
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(PANEL_ATTRIBUTE, 'open');
  host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);
  return host;
}

/** The shadow tree with its style and the container the panel is drawn in. */
export function mountShadowHost(doc: Document, host: HTMLElement, css: string): Mounted {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host { all: initial !important; }\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Keys typed in the sidebar must not trigger the shop's own keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
  // Put back on the page when it was taken away meanwhile (keep-mounted.ts watches from here on).
  if (!host.isConnected) doc.documentElement.append(host);
  return { host, container, remove: () => host.remove() };
}
