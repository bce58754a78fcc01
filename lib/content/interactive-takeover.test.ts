import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { interactiveOnIntent } from './interactive-takeover';

// The drawn panel: two buttons and a checkbox, as the background's HTML has them (no handlers).
const DRAWN = '<aside class="panel"><header><button id="lang">English</button></header><ul><li><input type="checkbox" id="step3"></li><li><button id="confirm">Aantallen gecontroleerd</button></li></ul></aside>';

const drawnNodes = () => Array.from(parseHTML(`<!doctype html><html><body>${DRAWN}</body></html>`).document.body.childNodes) as unknown as Node[];

function setUp(options: { loads?: () => Promise<boolean> } = {}) {
  const { document, window } = parseHTML(`<!doctype html><html><body><div id="root"><div id="c">${DRAWN}</div></div></body></html>`);
  const doc = document as unknown as Document;
  const root = doc.getElementById('root') as HTMLElement;
  const container = doc.getElementById('c') as HTMLElement;
  const pressed: string[] = [];
  let active: Element | null = null;
  let mounted = 0;
  let finishLoad: (ok: boolean) => void = () => undefined;
  const controller = new AbortController();
  const takeover = interactiveOnIntent({
    root,
    container,
    focused: () => active,
    load: options.loads ?? (() => new Promise<boolean>((r) => (finishLoad = r))),
    // As Preact does: new elements in place of the drawn ones, with handlers.
    mount: () => {
      mounted++;
      container.replaceChildren(...drawnNodes());
      container.querySelectorAll('button, input').forEach((el) => {
        el.addEventListener('click', () => pressed.push(el.id));
        (el as HTMLElement).focus = () => {
          active = el;
        };
      });
    },
    signal: controller.signal,
  });
  const fire = (el: Element, type: string) => {
    const event = new (window as unknown as { Event: typeof Event }).Event(type, { bubbles: true, cancelable: true });
    el.dispatchEvent(event);
    return event;
  };
  const byId = (id: string) => container.querySelector(`#${id}`) as HTMLElement;
  return {
    takeover,
    fire,
    byId,
    pressed,
    mountedTimes: () => mounted,
    finishLoad: (ok: boolean) => finishLoad(ok),
    focus: (el: Element | null) => (active = el),
    active: () => active,
    settle: () => new Promise<void>((r) => setTimeout(r, 0)),
  };
}

describe('the drawn sidebar becomes interactive when the person reaches for it', () => {
  it('loads nothing until the person points at, focuses or presses in the panel', async () => {
    const t = setUp();
    await t.settle();
    expect(t.mountedTimes()).toBe(0);
    t.fire(t.byId('lang'), 'pointerover');
    t.finishLoad(true);
    await t.settle();
    expect(t.mountedTimes()).toBe(1);
    expect(t.pressed).toEqual([]);
  });

  it('does not replace the panel while a button is held down, so the press that follows is not lost', async () => {
    const t = setUp();
    const lang = t.byId('lang');
    t.fire(lang, 'pointerover');
    t.fire(lang, 'pointerdown');
    t.finishLoad(true);
    await t.settle();
    // Loaded, but the button is still down: the drawn panel stays under the pointer.
    expect(t.mountedTimes()).toBe(0);
    t.fire(lang, 'pointerup');
    t.fire(lang, 'click');
    await t.settle();
    await t.settle();
    expect(t.mountedTimes()).toBe(1);
    expect(t.pressed).toEqual(['lang']);
  });

  it('holds a press made while loading and does it again on the same control once interactive', async () => {
    const t = setUp();
    const click = t.fire(t.byId('confirm'), 'click');
    // The drawn checkbox or button does nothing by itself: the press is held, not half done.
    expect(click.defaultPrevented).toBe(true);
    t.finishLoad(true);
    await t.settle();
    expect(t.pressed).toEqual(['confirm']);
    // Once interactive, presses go straight to the sidebar's own handlers, once.
    t.fire(t.byId('lang'), 'click');
    expect(t.pressed).toEqual(['confirm', 'lang']);
  });

  it('keeps the focus on the same control when the interactive sidebar takes the place of the drawn one', async () => {
    const t = setUp();
    t.focus(t.byId('step3'));
    t.fire(t.byId('step3'), 'focusin');
    t.finishLoad(true);
    await t.settle();
    expect(t.active()).toBe(t.byId('step3'));
    expect(t.active()?.getAttribute('type')).toBe('checkbox');
  });

  it('drops a held press when the sidebar cannot be loaded, and tries again at the next reach', async () => {
    let attempts = 0;
    const t = setUp({ loads: async () => ++attempts > 1 });
    t.fire(t.byId('confirm'), 'click');
    await t.settle();
    expect(t.mountedTimes()).toBe(0);
    t.fire(t.byId('lang'), 'click');
    await t.settle();
    expect(t.mountedTimes()).toBe(1);
    // The first press, made when loading failed, is not done later by surprise.
    expect(t.pressed).toEqual(['lang']);
  });

  it('can be taken over at once, for a view the background could not draw', async () => {
    const t = setUp({ loads: async () => true });
    t.takeover.now();
    await t.settle();
    expect(t.mountedTimes()).toBe(1);
  });
});
