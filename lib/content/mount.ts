/**
 * Mounts Vinkje's UI in an open shadow root under <vinkje-sidebar>: the shop's CSS cannot reach in
 * and ours cannot leak out. The host resets every inherited property so a hostile page style
 * (`* { all: unset }`, huge fonts) does not change how the sidebar looks.
 */
export const HOST_TAG = 'vinkje-sidebar';

export interface Mounted {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

export function mountShadowHost(doc: Document, css: string): Mounted {
  doc.querySelectorAll(HOST_TAG).forEach((old) => old.remove()); // a previous instance of an updated extension
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host { all: initial !important; }\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Keys typed in the sidebar must not trigger the shop's own keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
  doc.documentElement.append(host);
  return { host, container, remove: () => host.remove() };
}
