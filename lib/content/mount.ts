/**
 * Vinkje's UI lives in an open shadow root under <vinkje-sidebar>: the shop's CSS cannot reach in
 * and ours cannot leak out. The host resets every inherited property so a hostile page style
 * (`* { all: unset }`, huge fonts) does not change how the sidebar looks.
 *
 * The host goes on the page at document start, before the shop's HTML is parsed, empty: its
 * presence is what makes the panel's room (page-room.css), so the shop's first layout already has
 * that room. Placed any later (the main script runs at document_idle, after the first layout), the
 * page would be laid out a second time at another width, the whole page again (18.7 ms on the order
 * history measured in a trace), and its content would move. What is in its shadow root comes once
 * the page has loaded.
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
export function placeHost(doc: Document, collapsed = false): HTMLElement {
  doc.querySelectorAll(HOST_TAG).forEach((old) => old.remove()); // a previous instance of an updated extension
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(PANEL_ATTRIBUTE, collapsed ? 'collapsed' : 'open');
  host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);
  return host;
}

/**
 * Where the document-start script (entrypoints/room.content.ts) leaves its host for the main script:
 * on the global object of their shared isolated world, which the shop's page can neither see nor set
 * (a host element the page made itself is never taken for Vinkje's).
 */
const PLACED_HOST = '__vinkjePlacedHost';
/** Set by the collapsed start (startCollapsed) when it runs before the host is placed. */
const STARTS_COLLAPSED = '__vinkjeStartsCollapsed';
type World = { [PLACED_HOST]?: HTMLElement; [STARTS_COLLAPSED]?: boolean };

/** At document start: the host, with the room it makes, before the shop's HTML is parsed. */
export function placeHostEarly(doc: Document, world: object = globalThis): void {
  // Only a document without its root element yet (not an HTML page): the main script places it then.
  if (!doc.documentElement) return;
  const host = placeHost(doc, (world as World)[STARTS_COLLAPSED] === true);
  (world as World)[PLACED_HOST] = host;
  followParsedBody(doc, host);
}

/**
 * For a person who keeps the panel collapsed: the host starts as the tab, so the shop's first layout
 * has no room that goes away once the view comes (the whole page laid out again, its content moving
 * sideways on every page). The background registers the script that calls this
 * (entrypoints/room-collapsed.ts) at document start only while the setting says collapsed
 * (lib/background/collapsed-start.ts). Both document-start scripts run before the page is parsed,
 * in either order: whichever comes second sees the other.
 */
export function startCollapsed(world: object = globalThis): void {
  const w = world as World;
  w[STARTS_COLLAPSED] = true;
  w[PLACED_HOST]?.setAttribute(PANEL_ATTRIBUTE, 'collapsed');
}

/**
 * Placed before the parser adds <head> and <body>, the host would come first in the reading and Tab
 * order, ahead of the whole shop, until the main script moved it after the load; and that move then
 * costs the laid-out page a style pass. So it follows the parser instead: each time the parser adds a
 * child to <html> (the head, then the body) the host goes after it, and once the body is there the
 * watch ends (the shop's content goes into the body). Chromium tells of the body as soon as it is
 * parsed; Firefox only once the whole page is parsed, still before DOMContentLoaded's handlers.
 */
function followParsedBody(doc: Document, host: HTMLElement): void {
  const root = doc.documentElement;
  // The script's own MutationObserver (in Firefox the page's, reached through its window, is not the
  // content script's); a test's document brings its own.
  const Observer = globalThis.MutationObserver ?? doc.defaultView?.MutationObserver;
  if (!Observer) return;
  const observer = new Observer(() => {
    // Taken away by the page meanwhile: the main script places one anew (takePlacedHost).
    if (host.parentNode !== root) {
      observer.disconnect();
      return;
    }
    if (root.lastElementChild !== host) root.append(host);
    // The body (or a frameset) is the last child the parser adds; and once parsing is over, nothing
    // more comes. Asked of the host's neighbour: doc.body would be a search (and in some DOMs makes one).
    const before = host.previousElementSibling?.localName;
    if (before === 'body' || before === 'frameset' || doc.readyState !== 'loading') observer.disconnect();
  });
  observer.observe(root, { childList: true });
}

/**
 * The main script's host: the one placed at document start, already after the shop's body
 * (followParsedBody), or moved to the end of <html> where the page added something after it. A new
 * one where there is none, or the page took it away meanwhile. A move keeps the room, so the page is
 * not laid out at another width.
 */
export function takePlacedHost(doc: Document, world: object = globalThis): HTMLElement {
  const w = world as World;
  const placed = w[PLACED_HOST];
  delete w[PLACED_HOST];
  if (!placed || placed.parentNode !== doc.documentElement) return placeHost(doc);
  if (doc.documentElement.lastElementChild !== placed) doc.documentElement.append(placed);
  return placed;
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
