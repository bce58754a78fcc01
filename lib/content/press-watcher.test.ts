/**
 * A press on a shop control is heard from the moment the content script runs, before the panel has
 * started, so a cart claimed while the page still loads is still known to be claimed.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { watchPresses } from './press-watcher';

function shop() {
  const { document } = parseHTML('<html><body><p id="text">Prijs</p><form><button id="claim"><span id="label">Toevoegen aan winkelwagen</span></button></form></body></html>');
  const press = (id: string) => document.getElementById(id)?.dispatchEvent(new (document.defaultView as unknown as { Event: typeof Event }).Event('click', { bubbles: true }));
  return { document, press };
}

describe('watchPresses', () => {
  it('hears a press on a control before the panel has started, and tells which element was pressed', () => {
    const { document, press } = shop();
    const early = vi.fn();
    watchPresses(document, early, new AbortController().signal);
    press('label');
    expect(early).toHaveBeenCalledTimes(1);
    expect(early.mock.calls[0]?.[0]).toBe(document.getElementById('label'));
  });

  it('sends later presses to the panel once it is there, and no longer to the first handler', () => {
    const { document, press } = shop();
    const early = vi.fn();
    const panel = vi.fn();
    const watch = watchPresses(document, early, new AbortController().signal);
    press('claim');
    watch.handleWith(panel);
    press('claim');
    expect(early).toHaveBeenCalledTimes(1);
    expect(panel).toHaveBeenCalledTimes(1);
  });

  it('ignores clicks on text, and stops when this copy of the script is stopped', () => {
    const { document, press } = shop();
    const handler = vi.fn();
    const stopped = new AbortController();
    watchPresses(document, handler, stopped.signal);
    press('text');
    expect(handler).not.toHaveBeenCalled();
    stopped.abort();
    press('claim');
    expect(handler).not.toHaveBeenCalled();
  });
});
