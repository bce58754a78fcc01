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
/** The page's changes as a browser reports them: only to an observer that is observing. */
let fire: (batch: Batch) => void = () => {};
let delivered = 0;
class ObserverStub {
  private observing = false;
  constructor(callback: (batch: Batch) => void) {
    fire = (batch) => {
      if (!this.observing) return;
      delivered++;
      callback(batch);
    };
  }
  observe() {
    this.observing = true;
  }
  disconnect() {
    this.observing = false;
  }
}

beforeEach(() => {
  delivered = 0;
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
  let typed = '';
  let url = 'https://www.slbdiensten.nl/';
  const taken: string[] = [];
  const controller = new AbortController();
  watchPage({
    doc: document as unknown as Document,
    take: (): PageSnapshot => ({ html, url, seenAt: Date.now(), fields: typed ? [{ at: 0, tag: 'INPUT', value: typed }] : [], truncated: false }),
    onChange: (s) => taken.push(`${s.html}${s.fields.length ? `+${s.fields[0]?.value}` : ''}${s.url.endsWith('/') ? '' : '@'}`),
    isOwnNode: (n) => n === own,
    signal: controller.signal,
  });
  const change = (to: string) => {
    html = to;
    fire([{ target: document.getElementById('ticker')! }]);
  };
  const type = (value: string) => {
    typed = value;
    fire([{ target: document.getElementById('ticker')! }]);
  };
  const move = (to: string) => {
    url = to;
    fire([{ target: document.getElementById('ticker')! }]);
  };
  return { taken, change, type, move, ownChange: () => fire([{ target: own }]), stop: () => controller.abort() };
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
    // Far fewer timers than batches (750): the waiting timer is moved on, not set again per batch,
    // and the observer's rest after a batch (about 20 a second) takes one.
    expect(timers.mock.calls.length).toBeLessThan(120);
  });

  it('looks at the changes of a page that never stops changing about 20 times a second, not at every batch', () => {
    const w = watched();
    let n = 0;
    for (let t = 0; t < 3000; t += 4) {
      w.change(`v${++n}`);
      vi.advanceTimersByTime(4);
    }
    // 750 batches in 3 s; one in every 50 ms reaches Vinkje.
    expect(delivered).toBeLessThanOrEqual(62);
    expect(delivered).toBeGreaterThanOrEqual(50);
  });

  it('still takes a change made while it rested after the page was read', () => {
    const w = watched();
    let n = 0;
    // A page that changes for a second: it is read at the second, while the observer rests.
    for (let t = 0; t < 1000; t += 4) {
      w.change(`v${++n}`);
      vi.advanceTimersByTime(4);
    }
    const read = w.taken.length;
    // One more change within the rest that follows the read, then nothing more.
    w.change('last');
    vi.advanceTimersByTime(2000);
    expect(w.taken.length).toBeGreaterThan(read);
    expect(w.taken.at(-1)).toBe('last');
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

  it('sends the same HTML again when only what was typed in a field, or only the address, changed', () => {
    const w = watched();
    w.type('12');
    vi.advanceTimersByTime(200);
    expect(w.taken).toEqual(['v0', 'v0+12']);
    w.type('12');
    vi.advanceTimersByTime(200);
    expect(w.taken).toEqual(['v0', 'v0+12']);
    w.move('https://www.slbdiensten.nl/winkelwagen');
    vi.advanceTimersByTime(200);
    expect(w.taken).toEqual(['v0', 'v0+12', 'v0+12@']);
  });
});
