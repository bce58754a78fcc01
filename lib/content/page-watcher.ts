/**
 * Takes the page again when it changes (a cart updated in place, an order expanded, a field typed in,
 * a page restored from the back/forward cache) with debounced, bounded work, and reports only when
 * what was taken actually changed. Generic: what to take is passed in (a page snapshot).
 */
import type { PageSnapshot } from '../messages';

export interface WatchOptions {
  doc: Document;
  take: () => PageSnapshot;
  onChange: (snapshot: PageSnapshot) => void;
  /** Nodes whose mutations are our own (the sidebar) and must not trigger a read. */
  isOwnNode: (node: Node) => boolean;
  signal: AbortSignal;
  /** Quiet time before a read. */
  debounceMs?: number;
  /** A page that never stops changing is still read at least this often. */
  maxWaitMs?: number;
  /** After a batch of changes, how long the page's changes go unwatched (see REST_MS). */
  restMs?: number;
}

/**
 * One batch of changes says the page changed; the batches right after it say nothing more. So after
 * each batch the observer stops for this long: a page that changes its DOM hundreds of times a second
 * (a ticker, a clock, an animation done in the DOM) makes the browser build change records and call
 * Vinkje about 20 times a second instead of hundreds. Shorter than the quiet time before a read, so
 * a change made while it rests is always in the read that follows.
 */
const REST_MS = 50;

const WATCHED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-expanded', 'hidden', 'open', 'style', 'value', 'selected', 'checked', 'disabled'],
};

/**
 * What a snapshot says without its time: the same address, fields and HTML mean the page is as it
 * was. Kept as its parts, never joined into one string: the HTML alone is hundreds of KB on a big
 * page, and joining it copied all of it on every reading (0.1-0.7 ms of the cart's page load).
 */
interface Seen {
  url: string;
  fields: string;
  html: string;
}

function seenOf(snapshot: PageSnapshot): Seen {
  return { url: snapshot.url, fields: JSON.stringify(snapshot.fields), html: snapshot.html };
}

function sameAs(a: Seen | null, b: Seen): boolean {
  return a !== null && a.url === b.url && a.fields === b.fields && a.html === b.html;
}

export function watchPage(options: WatchOptions): { readNow: () => void } {
  const { doc, take, onChange, isOwnNode, signal } = options;
  const debounceMs = options.debounceMs ?? 150;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const restMs = options.restMs ?? REST_MS;
  const view = doc.defaultView;
  let last: Seen | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | null = null;
  let lastChangeAt = 0;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  // Read while the observer rested: a change after the read and before it looks again went unseen.
  let readWhileResting = false;

  const readNow = () => {
    clearTimeout(timer);
    timer = undefined;
    firstPendingAt = null;
    if (signal.aborted) return;
    if (restTimer !== undefined) readWhileResting = true;
    const snapshot = take();
    const seen = seenOf(snapshot);
    if (sameAs(last, seen)) return;
    last = seen;
    onChange(snapshot);
  };

  // Quiet for debounceMs, or waiting since maxWaitMs: take the page now; else wait for the rest.
  const due = () => {
    timer = undefined;
    if (signal.aborted || firstPendingAt === null) return;
    const now = Date.now();
    const quietLeft = lastChangeAt + debounceMs - now;
    const waitLeft = firstPendingAt + maxWaitMs - now;
    if (quietLeft <= 0 || waitLeft <= 0) readNow();
    else timer = setTimeout(due, Math.min(quietLeft, waitLeft));
  };

  // Called for every batch of changes (hundreds a second on a busy page): it only notes the time.
  // One timer is armed at a time and moved on when it fires, not cleared and set again per batch.
  const schedule = () => {
    if (signal.aborted) return;
    const now = Date.now();
    lastChangeAt = now;
    firstPendingAt ??= now;
    timer ??= setTimeout(due, debounceMs);
  };

  const wake = () => {
    restTimer = undefined;
    if (signal.aborted) return;
    observer.observe(doc.documentElement, WATCHED);
    if (readWhileResting) {
      // Taken again after the quiet time; a page that is as it was read is not sent again.
      readWhileResting = false;
      schedule();
    }
  };
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => !isOwnNode(r.target))) return;
    schedule();
    observer.disconnect();
    restTimer = setTimeout(wake, restMs);
  });
  observer.observe(doc.documentElement, WATCHED);
  const onInput = (e: Event) => {
    if (!(e.target instanceof Node) || !isOwnNode(e.target)) schedule();
  };
  doc.addEventListener('input', onInput, { capture: true, signal });
  doc.addEventListener('change', onInput, { capture: true, signal });
  view?.addEventListener(
    'pageshow',
    (e) => {
      // Restored from the back/forward cache: the page may be stale compared with what we stored.
      if ((e as PageTransitionEvent).persisted) {
        last = null;
        readNow();
      }
    },
    { signal },
  );
  // A front end that moves between pages without loading one (history.pushState, back/forward):
  // the DOM change is seen above; these catch a move that changes the address before, or without, it.
  view?.addEventListener('popstate', schedule, { signal });
  view?.addEventListener('hashchange', schedule, { signal });
  const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
  navigation?.addEventListener('currententrychange', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(restTimer);
  });

  readNow();
  return { readNow };
}
