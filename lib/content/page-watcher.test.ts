/**
 * How often the page is taken again while it changes: once after it has been quiet for a moment,
 * at least once a second while it never stops, never for the sidebar's own changes, and without
 * timer work for every one of hundreds of change batches a second.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import type { PageSnapshot } from '../messages';
import { watchPage } from './page-watcher';

type Batch = Array<{ target: Node }>;
let fire: (batch: Batch) => void = () => {};
class ObserverStub {
  constructor(callback: (batch: Batch) => void) {
    fire = callback;
  }
  observe() {}
  disconnect() {}
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('MutationObserver', ObserverStub);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function watched() {
  const { document } = parseHTML('<html><body><main><p id="ticker">0</p></main><aside id="own"></aside></body></html>');
  const own = document.getElementById('own')!;
  let html = 'v0';
  const taken: string[] = [];
  const controller = new AbortController();
  watchPage({
    doc: document as unknown as Document,
    take: (): PageSnapshot => ({ html, url: 'https://www.slbdiensten.nl/', seenAt: Date.now(), fields: [], truncated: false }),
    onChange: (s) => taken.push(s.html),
    isOwnNode: (n) => n === own,
    signal: controller.signal,
  });
  const change = (to: string) => {
    html = to;
    fire([{ target: document.getElementById('ticker')! }]);
  };
  return { taken, change, ownChange: () => fire([{ target: own }]), stop: () => controller.abort() };
}

describe('watching the page', () => {
  it('takes the page at once, then once more after the changes have stopped for 150 ms', () => {
    const w = watched();
    expect(w.taken).toEqual(['v0']);
    w.change('v1');
    vi.advanceTimersByTime(100);
    w.change('v2');
    vi.advanceTimersByTime(140);
    expect(w.taken).toEqual(['v0']);
    vi.advanceTimersByTime(20);
    expect(w.taken).toEqual(['v0', 'v2']);
  });

  it('takes a page that never stops changing at least once a second, with one timer at a time', () => {
    const w = watched();
    const timers = vi.spyOn(globalThis, 'setTimeout');
    let n = 0;
    // 250 batches a second for 3 s, as under 1,000 changes a second in 4 ms timer ticks.
    for (let t = 0; t < 3000; t += 4) {
      w.change(`v${++n}`);
      vi.advanceTimersByTime(4);
    }
    expect(w.taken.length).toBeGreaterThanOrEqual(3);
    expect(w.taken.length).toBeLessThanOrEqual(4);
    // Far fewer timers than batches (750): the waiting timer is moved on, not set again per batch.
    expect(timers.mock.calls.length).toBeLessThan(60);
  });

  it('does not take the page for the sidebar’s own changes, nor after it was stopped', () => {
    const w = watched();
    w.ownChange();
    vi.advanceTimersByTime(2000);
    expect(w.taken).toEqual(['v0']);
    w.stop();
    w.change('v1');
    vi.advanceTimersByTime(2000);
    expect(w.taken).toEqual(['v0']);
  });

  it('sends nothing when the page changed back to what was sent', () => {
    const w = watched();
    w.change('v0');
    vi.advanceTimersByTime(200);
    expect(w.taken).toEqual(['v0']);
  });
});
