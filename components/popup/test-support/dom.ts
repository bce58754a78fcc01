/**
 * A small DOM for view tests (linkedom, no browser): render a view, find by test hook, click, type.
 * Real-browser checks (focus, axe) belong to the end-to-end tests.
 */
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  all: (selector: string) => HTMLElement[];
  one: (selector: string) => HTMLElement;
  click: (element: Element) => Promise<void>;
  type: (element: Element, value: string) => Promise<void>;
  submit: (form: Element) => Promise<void>;
  /** Fires a change event, as a select does when an option is picked. */
  change: (element: Element) => Promise<void>;
  /** Fires any other event (a details element's toggle, say). */
  fire: (element: Element, type: string) => Promise<void>;
  /** Lets pending promises (callbacks that resolve later) and re-renders finish. */
  settle: () => Promise<void>;
  unmount: () => void;
}

export function mount(view: ComponentChild): Mounted {
  const { document, window } = parseHTML('<!doctype html><html lang="nl"><body><div id="app"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  g.document = document;
  g.window = window;
  const root = document.getElementById('app') as unknown as HTMLElement;
  act(() => render(view, root));
  const fire = async (element: Element, type: string) => {
    await act(async () => {
      element.dispatchEvent(new window.Event(type, { bubbles: true, cancelable: true }) as unknown as Event);
    });
  };
  const settle = async () => {
    for (let i = 0; i < 5; i++) await act(async () => new Promise<void>((r) => setTimeout(r, 0)));
  };
  const all = (selector: string) => Array.from(root.querySelectorAll(selector)) as HTMLElement[];
  return {
    root,
    all,
    one: (selector) => {
      const found = all(selector);
      if (found.length !== 1) throw new Error(`expected one ${selector}, found ${found.length}`);
      return found[0] as HTMLElement;
    },
    click: (element) => fire(element, 'click'),
    fire,
    type: async (element, value) => {
      (element as HTMLInputElement).value = value;
      await fire(element, 'input');
    },
    submit: (form) => fire(form, 'submit'),
    change: (element) => fire(element, 'change'),
    settle,
    unmount: () => act(() => render(null, root)),
  };
}

/** The buttons whose text contains the given words. */
export function buttonsNamed(m: Mounted, words: string): HTMLElement[] {
  return m.all('button').filter((b) => (b.textContent ?? '').includes(words));
}
