/**
 * Everything Vinkje does on a shop page before its panel's script runs, from document start
 * (entrypoints/room.content.ts): the empty host that makes the panel's room in the page's first
 * layout, presses heard at once, and, one task after the load event, the page's first snapshot sent
 * to the background and the panel's script asked for (panel-script.ts). The reading and the script's
 * injection then run side by side, and nothing of Vinkje but this small script runs before the shop's
 * page has loaded.
 */
import { afterPageLoad } from './after-load';
import type { ViewAndSidebar } from './background-client';
import { moveHostLast, placeHostEarly } from './mount';
import { offerPanelStart, takePanelStart } from './panel-script';
import { takeSnapshot } from './page-snapshot';
import { watchPresses } from './press-watcher';
import type { ContentMessage } from '../messages';

export interface PageStartDeps {
  doc: Document;
  win: Pick<Window, 'addEventListener'>;
  signal: AbortSignal;
  /** The page's address now (a front end may change it without loading a page). */
  href: () => string;
  ask: (message: ContentMessage) => Promise<ViewAndSidebar>;
  /** Asks the background to run the panel's script in this frame; its answer says whether it did. */
  loadPanel: () => Promise<unknown>;
  /** The isolated world's global, where the panel's script finds what was started (tests pass their own). */
  world?: object;
}

/** How long the background may take to run the panel's script before the empty room is taken away. */
export const PANEL_LOAD_TIMEOUT_MS = 10_000;

function injected(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;
}

function withinTime(work: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the panel’s script did not come in time')), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function startPage(deps: PageStartDeps): void {
  const { doc, win, signal, href, ask, world = globalThis } = deps;
  const host = placeHostEarly(doc, world);
  // A press is told to the background at once: a claim pressed while the page still loads, on a
  // page that is left before the panel is there, is still known.
  const presses = watchPresses(
    doc,
    (target) => void ask({ type: 'observe-page', snapshot: takeSnapshot(doc, href(), Date.now(), target) }).catch(() => undefined),
    signal,
  );
  afterPageLoad(
    doc,
    win,
    () => {
      if (host) moveHostLast(doc, host);
      const snapshot = takeSnapshot(doc, href(), Date.now());
      const answer = ask({ type: 'observe-page', snapshot });
      answer.catch(() => undefined); // the panel's script shows what went wrong
      offerPanelStart({ presses, first: { snapshot, answer } }, world);
      withinTime(Promise.resolve().then(deps.loadPanel), PANEL_LOAD_TIMEOUT_MS)
        .then((reply) => {
          if (!injected(reply)) throw new Error('the panel’s script was not run');
        })
        .catch(() => {
          // Nothing came to draw the panel: no empty room is left on the shop's page. Whatever the
          // panel's script found here, it took; what is still here, nobody will.
          if (takePanelStart(world)) host?.remove();
        });
    },
    signal,
  );
}
