/**
 * Presses on the shop's controls, heard from the moment the content script runs. Vinkje's panel starts
 * only after the page has loaded (after-load.ts), but a person may press "Toevoegen aan winkelwagen"
 * while a slow page is still loading its images; the cart page that follows may not name whose cart
 * it is, and only the press says. So the press is heard at once, and whoever handles presses can
 * change once the panel is there (before: just tell the background; after: also show its answer).
 */
import { pressedControl } from './page-snapshot';

/** `target`: the element pressed (the snapshot records it, see takeSnapshot). */
export type PressHandler = (target: Element) => void;

export interface PressWatch {
  /** From now on, presses go to `handler`. */
  handleWith(handler: PressHandler): void;
}

/** Any node with closest() is an element: no global Element needed, whichever document it comes from. */
function asElement(target: EventTarget | null): Element | null {
  return target !== null && typeof (target as Partial<Element>).closest === 'function' ? (target as Element) : null;
}

export function watchPresses(doc: Document, first: PressHandler, signal: AbortSignal): PressWatch {
  let handler = first;
  doc.addEventListener(
    'click',
    (event) => {
      if (signal.aborted) return; // also where addEventListener does not know the signal option
      const target = asElement(event.target);
      // Clicks on text are not presses the readers care about; the shop's own click goes on untouched.
      if (target && pressedControl(target)) handler(target);
    },
    { capture: true, signal },
  );
  return {
    handleWith(next) {
      handler = next;
    },
  };
}
