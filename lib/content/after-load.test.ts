import { describe, expect, it, vi } from 'vitest';
import { afterPageLoad } from './after-load';

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

describe('afterPageLoad', () => {
  it('starts after the load event, not inside it, so the page load does not wait for Vinkje', async () => {
    const win = new EventTarget();
    const start = vi.fn();
    afterPageLoad({ readyState: 'interactive' }, win, start, new AbortController().signal);
    win.dispatchEvent(new Event('load'));
    // The browser's loadEventEnd is taken as soon as the dispatch above returns.
    expect(start).not.toHaveBeenCalled();
    await settle();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once on a page that has already loaded', () => {
    const start = vi.fn();
    afterPageLoad({ readyState: 'complete' }, new EventTarget(), start, new AbortController().signal);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts when this copy of the script was stopped before the page loaded', async () => {
    const win = new EventTarget();
    const start = vi.fn();
    const stopped = new AbortController();
    afterPageLoad({ readyState: 'loading' }, win, start, stopped.signal);
    win.dispatchEvent(new Event('load'));
    stopped.abort();
    await settle();
    expect(start).not.toHaveBeenCalled();
  });
});
