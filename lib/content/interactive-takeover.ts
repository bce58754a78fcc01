/**
 * The drawn sidebar becomes the interactive one when the person reaches for it: pointing at the
 * panel, focusing into it, pressing in it or a key. Loading takes one round trip to the background;
 * a press or a choice made in that time is held and done again, on the same control, once the
 * interactive sidebar is drawn, so nothing a person does is lost. Focus and the panel's scroll
 * position stay where they were.
 */

/** Where an element is inside the container: the index among its parent's elements, at each level. */
type ElementPath = number[];

function pathOf(container: Element, node: Element): ElementPath | null {
  const path: ElementPath = [];
  for (let el: Element | null = node; el !== container; el = el.parentElement) {
    if (!el?.parentElement) return null;
    path.unshift(Array.prototype.indexOf.call(el.parentElement.children, el));
  }
  return path;
}

function elementAt(container: Element, path: ElementPath): Element | null {
  let el: Element | undefined = container;
  for (const i of path) el = el?.children[i];
  return el ?? null;
}

type Held = { kind: 'press'; path: ElementPath } | { kind: 'choice'; path: ElementPath; value: string };

export interface TakeoverInput {
  /** Where the person's events arrive (the shadow root): listened to in the capture phase. */
  root: EventTarget;
  container: HTMLElement;
  /** The element with focus inside the panel, if any (the shadow root's activeElement). */
  focused: () => Element | null;
  /** Loads the interactive sidebar into this world; false when it could not be loaded. */
  load: () => Promise<boolean>;
  /** Mounts it in the container in place of the drawn HTML, and draws the current view. */
  mount: () => void;
  signal: AbortSignal;
}

const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/** A button held down longer than this no longer holds back the interactive sidebar. */
export const LONGEST_PRESS_MS = 3000;

/** Starts listening; `now()` starts the takeover at once (a view the background could not draw). */
export function interactiveOnIntent(input: TakeoverInput): { now(): void } {
  const { root, container, signal } = input;
  let state: 'drawn' | 'loading' | 'interactive' = 'drawn';
  const held: Held[] = [];

  // A press begun on the drawn panel ends on it. Replacing the panel between the button going down
  // and coming up would leave the browser no element to send the click to: the press would be lost.
  let pressing = false;
  let whenReleased: (() => void) | null = null;
  const released = () => {
    pressing = false;
    const go = whenReleased;
    whenReleased = null;
    // One task later: the click that follows the release is held first, then done on the new panel.
    if (go) setTimeout(go, 0);
  };
  const notPressing = () =>
    pressing
      ? new Promise<void>((resolve) => {
          whenReleased = resolve;
          setTimeout(released, LONGEST_PRESS_MS);
        })
      : Promise.resolve();
  root.addEventListener(
    'pointerdown',
    () => {
      if (state !== 'interactive') pressing = true;
    },
    { capture: true, passive: true, signal },
  );
  // Released anywhere, also outside the panel.
  for (const type of ['pointerup', 'pointercancel']) container.ownerDocument.addEventListener(type, released, { capture: true, passive: true, signal });

  // The focus and the scroll position go over from the drawn panel to the interactive one.
  const takeOverInPlace = async () => {
    if (!(await input.load())) return false;
    await notPressing();
    const active = input.focused();
    const focusPath = active && container.contains(active) ? pathOf(container, active) : null;
    const scrolled = container.firstElementChild?.scrollTop ?? 0;
    input.mount();
    if (scrolled && container.firstElementChild) container.firstElementChild.scrollTop = scrolled;
    if (focusPath) (elementAt(container, focusPath) as HTMLElement | null)?.focus?.({ preventScroll: true });
    return true;
  };

  const begin = () => {
    if (state !== 'drawn') return;
    state = 'loading';
    takeOverInPlace().then(
      (ok) => (ok ? finish() : fail()),
      () => fail(),
    );
  };
  // Nothing is taken over: what was held cannot be done; the next reach for the panel tries again.
  const fail = () => {
    state = 'drawn';
    held.length = 0;
  };
  const finish = () => {
    state = 'interactive';
    for (const type of INTENT_EVENTS) root.removeEventListener(type, begin, true);
    for (const h of held.splice(0)) {
      const el = elementAt(container, h.path);
      if (!el) continue;
      if (h.kind === 'press') (el as HTMLElement).click();
      else if ('value' in el) {
        (el as HTMLSelectElement).value = h.value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
  };

  for (const type of INTENT_EVENTS) root.addEventListener(type, begin, { capture: true, passive: true, signal });
  // A press before the interactive sidebar is there would do nothing (the drawn buttons have no
  // handlers) or the wrong thing (a checkbox ticking without telling Vinkje): it is held instead.
  root.addEventListener(
    'click',
    (event) => {
      if (state === 'interactive') return;
      const target = event.target as Element | null;
      const path = target && container.contains(target) ? pathOf(container, target) : null;
      if (!path) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push({ kind: 'press', path });
      begin();
    },
    { capture: true, signal },
  );
  // A choice in a list the browser opened itself (a select) cannot be held back: it is made again.
  root.addEventListener(
    'change',
    (event) => {
      if (state === 'interactive') return;
      const target = event.target as HTMLSelectElement | null;
      const path = target && container.contains(target) ? pathOf(container, target) : null;
      if (!path || typeof target?.value !== 'string') return;
      held.push({ kind: 'choice', path, value: target.value });
      begin();
    },
    { capture: true, signal },
  );
  return { now: begin };
}
